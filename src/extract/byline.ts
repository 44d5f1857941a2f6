// Authors named in the byline: `By John Smith`; `By JOHN SMITH and JANE DOE, Associated Press` (names as written,
// the agency apart); `By Jane Doe, Science correspondent` (a role is not a name); `Zhang Yue (China Daily)`;
// `Author: Li Na`; Reuters footers `Reporting by A and B; Additional reporting by C`. A line that is only the
// byline is the field, not body.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { consume, cutFromText, headerBlocks, leadBlocks, tailBlocks } from './context.js';
import { isRole, looksLikeName, splitNames } from './names.js';
import { knownAgency } from './agencies.js';

export interface Byline {
  authors: string[];
  /** An agency named in the byline ("..., Associated Press"), if any. */
  agency: string | null;
}

const BY = /^(?:by|von|par|por|di|door|av|af|przez|автор:?)\s+(.{2,150})$/iu;
const AUTHOR_LABEL = /^(?:authors?|autor(?:in|en)?|auteur|autore|written by|text|texto|reporter|作者|记者)\s*[:：]\s*(.{2,150})$/iu;
const NAME_AND_OUTLET = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\(([^()]{2,40})\)$/u;
// the names run to `;`, `. `, `)` or the end, within 200 characters (a few names; an unbounded lazy group was
// quadratic on long text)
const REPORTING = /(?:^|[.;]\s*)(?:additional\s+)?reporting\s+by\s+(.{1,200}?)(?=;|\.\s|\)|$)/giu;
/** A byline is a short line; longer text is not one (and the patterns above need short input to stay fast). */
const MAX_BYLINE_CHARS = 200;

export function parseByline(text: string): Byline | null {
  const t = text.trim();
  if (t.length > MAX_BYLINE_CHARS) return null;
  let m = BY.exec(t) ?? AUTHOR_LABEL.exec(t);
  if (m) return namesAndAgency(m[1]);
  m = NAME_AND_OUTLET.exec(t);
  if (m && looksLikeName(m[1])) return { authors: [m[1]], agency: knownAgency(m[2]) };
  return null;
}

/** "JOHN SMITH and JANE DOE, Associated Press" -> the names, and the agency if the last part is one. */
function namesAndAgency(credit: string): Byline | null {
  const cleaned = credit.replace(/\s*[|•·].*$/u, '').replace(/\s*\([^)]*\)\s*$/u, '').trim();
  const commaParts = cleaned.split(/\s*,\s*/);
  let agency: string | null = null;
  // a trailing agency ("..., Associated Press") or role ("..., Science correspondent") is not a name
  while (commaParts.length > 1) {
    const last = commaParts[commaParts.length - 1];
    if (knownAgency(last)) agency = knownAgency(last);
    else if (!isRole(last)) break;
    commaParts.pop();
  }
  const names = commaParts.map((part) => splitNames(part));
  if (names.some((n) => n.length === 0)) return null;
  return { authors: names.flat(), agency };
}

export function parseReporting(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(REPORTING)) out.push(...splitNames(m[1]));
  return out;
}

export function extractByline(ctx: ExtractContext): Byline {
  for (const block of [...headerBlocks(ctx, 10), ...leadBlocks(ctx, 2)]) {
    if (block.features.chars > 160) continue;
    const byline = parseByline(block.text);
    if (byline) {
      consume(block, 'byline', `byline: ${byline.authors.join(', ')}`);
      return byline;
    }
  }
  for (const block of tailBlocks(ctx, 6)) {
    const authors = parseReporting(block.text);
    if (authors.length) {
      consumeCredit(block, /(?:additional\s+)?reporting\s+by\s.*$/isu);
      return { authors: dedupe(authors), agency: null };
    }
  }
  return { authors: [], agency: null };
}

/** A footer credit line goes entirely; a credit after the last sentence of a paragraph is cut from it. */
function consumeCredit(block: Block, credit: RegExp): void {
  const m = credit.exec(block.text);
  if (!m) return;
  if (m.index === 0) consume(block, 'byline', 'reporting credit');
  else cutFromText(block, m[0]);
}

function dedupe(names: string[]): string[] {
  return [...new Set(names)];
}
