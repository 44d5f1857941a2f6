// Section from a breadcrumb trail in the header: `English>>Foreign Affairs`, `Home > World > Asia`,
// `Home » Business » Markets`, `News / Politics`, `当前位置：首页 > 新闻 > 国内`. Each part must read like a navigation
// label (a few words, no sentence punctuation), so an ordinary line with a ">" or "/" in it is not taken for one.
// A trail that ends with the headline itself (`Home > World > Typhoon forces evacuation of ...`) gives the labels
// before it. The parts are kept as printed, a leading "Home" included.
import type { ExtractContext } from './context.js';
import { consume, headerBlocks } from './context.js';
import { plainText } from './segments.js';

const SEPARATOR = /\s*(?:>>|»|›|>|\/|→|‹‹)\s*/u;
/** "You are here:", "当前位置：": a label in front of the trail. */
const LOCATION_LABEL = /^(?:you are here|location|当前位置|您的位置|你的位置|所在位置|位置)\s*[:：]\s*/iu;
const MAX_PARTS = 7;
const MAX_PART_WORDS = 5;
/** Labels that must remain when a trailing headline is dropped: "Home > <headline>" is not a section. */
const MIN_LABELS_BEFORE_HEADLINE = 2;
/** A last part that only says "this article" (Chinese sites end the trail with 正文, "main text"). */
const ARTICLE_LABEL = /^(?:正文|正文内容|内容|详情|文章)$/u;

export function parseBreadcrumb(line: string): string[] | null {
  const parts = trail(line);
  if (parts && parts.length > 2 && ARTICLE_LABEL.test(parts[parts.length - 1])) parts.pop();
  return parts;
}

function trail(line: string): string[] | null {
  const text = plainText(line).replace(LOCATION_LABEL, '');
  if (text.length > 200 || /[.!?;]$/.test(text)) return null;
  const slash = !/>>|»|›|>|→/.test(text);
  // a slash only separates when spaced ("News / Politics"); "and/or" or a URL is not a trail
  const parts = (slash ? text.split(/\s+\/\s+/) : text.split(SEPARATOR)).map((p) => p.trim());
  if (parts.length < 2 || parts.length > MAX_PARTS) return null;
  const labels = parts.slice(0, -1);
  if (labels.some((p) => !isLabel(p))) return null;
  const last = parts[parts.length - 1];
  if (isLabel(last)) return parts;
  return !slash && labels.length >= MIN_LABELS_BEFORE_HEADLINE && isHeadline(last) ? labels : null;
}

function isLabel(part: string): boolean {
  if (part === '' || /[.!?:;,|()[\]{}"“”]/.test(part)) return false;
  const n = part.split(/\s+/).length;
  return n <= MAX_PART_WORDS && /^\p{Lu}|^\p{Lo}|^\d/u.test(part);
}

function isHeadline(part: string): boolean {
  return part.length <= 150 && /^[\p{Lu}\p{Lo}\d"“‘']/u.test(part) && !/[.;]$/.test(part);
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
