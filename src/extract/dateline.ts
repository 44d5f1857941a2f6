// The dateline that opens a wire story: `BEIJING, June 14 (Xinhua) --`, `WASHINGTON (Reuters) -`,
// `NEW YORK (AP) —`, `KYIV, Ukraine (AP) —`, `UNITED NATIONS, Jan. 5 (Xinhua) --`, `SAN FRANCISCO —`.
// The place is written in capitals (that is what makes it a dateline and not the first word of a sentence); a
// region or country after it may be in title case. The dateline stays in the body's first paragraph.
import type { Dateline } from '../schema.js';
import type { ExtractContext } from './context.js';
import { leadBlocks } from './context.js';
import { MONTH_WORD } from '../text/months.js';

const PLACE = String.raw`(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})`;
const REGION = String.raw`(?:,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}))?`;
const DATE = String.raw`(?:,\s*([\p{L}]{3,9}\.?\s+\d{1,2}))?`;
const AGENCY = String.raw`(?:\s*\(([^()]{2,40})\))?`;
const DASH = String.raw`\s*(?:--|—|–|-)\s+`;
const DATELINE = new RegExp(`^${PLACE}${REGION}${DATE}${AGENCY}${DASH}(?=\\S)`, 'u');

export interface DatelineMatch {
  dateline: Dateline;
  length: number;
}

export function parseDateline(text: string): DatelineMatch | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const place = m[1].trim();
  // a single capital letter or an acronym-like word with no date/agency is too weak ("A -", "US -")
  if (place.replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  const date = m[3] && MONTH_WORD.test(m[3]) ? m[3].replace(/\s+/g, ' ') : null;
  if (m[3] && !date) return null;
  const agency = m[4] ? m[4].trim() : null;
  const region = m[2] ? `, ${m[2]}` : '';
  // a place alone before a dash must at least be two letters of capitals followed by the story
  return { dateline: { place: place + region, date, agency }, length: m[0].length };
}

export function extractDateline(ctx: ExtractContext): Dateline | null {
  const first = leadBlocks(ctx, 1)[0];
  if (!first) return null;
  return parseDateline(first.text)?.dateline ?? null;
}
