// Section from a breadcrumb trail in the header: `English>>Foreign Affairs`, `Home > World > Asia`,
// `Home » Business » Markets`, `News / Politics`. Each part must read like a navigation label (a few words, no
// sentence punctuation), so an ordinary line with a ">" or "/" in it is not taken for one.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { consume, headerBlocks } from './context.js';

const SEPARATOR = /\s*(?:>>|»|›|>|\/|→|‹‹)\s*/u;
const MAX_PARTS = 7;
const MAX_PART_WORDS = 5;

export function parseBreadcrumb(text: string): string[] | null {
  if (text.length > 120 || /[.!?;]$/.test(text)) return null;
  const slash = !/>>|»|›|>|→/.test(text);
  // a slash only separates when spaced ("News / Politics"); "and/or" or a URL is not a trail
  const parts = (slash ? text.split(/\s+\/\s+/) : text.split(SEPARATOR)).map((p) => p.trim());
  if (parts.length < 2 || parts.length > MAX_PARTS) return null;
  if (parts.some((p) => !isLabel(p))) return null;
  return parts;
}

function isLabel(part: string): boolean {
  if (part === '' || /[.!?:;,|()[\]{}"“”]/.test(part)) return false;
  const n = part.split(/\s+/).length;
  return n <= MAX_PART_WORDS && /^\p{Lu}|^\p{Lo}|^\d/u.test(part);
}

export function extractSection(ctx: ExtractContext): string[] {
  for (const block of headerBlocks(ctx, 30)) {
    if (block.kind !== 'text') continue;
    const parts = parseBreadcrumb(block.text);
    if (parts) {
      consume(block, 'section', `breadcrumb ${parts.join(' > ')}`);
      return parts;
    }
  }
  return [];
}

export function isBreadcrumb(block: Block): boolean {
  return block.kind === 'text' && parseBreadcrumb(block.text) !== null;
}
