// The dateline that opens a wire story: `BEIJING, June 14 (Xinhua) --`, `WASHINGTON (Reuters) -`,
// `NEW YORK (AP) —`, `KYIV, Ukraine (AP) —`, `UNITED NATIONS, Jan. 5 (Xinhua) --`, `SAN FRANCISCO —`,
// `MOSCOW, March 4. /TASS/.`, the South Asian form without a dash `New Delhi, Jan 12 (PTI) The ...` (a date and a
// known agency in brackets, then the text), and the Chinese form `新华社北京3月4日电（记者 王伟 李娜）`. The place is written in capitals: that is what makes it a dateline
// and not the first word of a sentence ("PARIS has spent ..." has no dash; "NASA – the agency – said" goes on in
// lower case). A place in title case only counts with a known agency in brackets (`Beijing, June 14 (Xinhua) --`).
// Kicker words in capitals (`BREAKING —`, `EXCLUSIVE —`) are not places. The dateline stays in the body's first
// paragraph.
import type { Dateline } from '../schema.js';
import type { ExtractContext } from './context.js';
import { isFieldLine, leadBlocks } from './context.js';
import { MONTH_WORD } from '../text/months.js';
import { knownAgency } from './agencies.js';
import { splitNames } from './names.js';

const CAPS_PLACE = String.raw`(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3})`;
const TITLE_PLACE = String.raw`(\p{Lu}\p{Ll}[\p{L}.'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}.'’-]*){0,2})`;
const REGION = String.raw`(?:,\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}))?`;
/** "June 14", "Jan. 5", "5 January", with a year or not; checked for a real month name after matching. */
const DATE = String.raw`(?:,\s*((?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,?\s+\d{4})?))?`;
const AGENCY = String.raw`(?:\s*\(([^()]{2,40})\))?`;
const DASH = String.raw`\s*(?:--|—|–|-)\s+`;
/** "NEW DELHI: India is ..." (South Asian papers): a colon after a place in capitals. */
const DASH_OR_COLON = String.raw`(?:${DASH}|:\s+)`;
const CAPS_DATELINE = new RegExp(`^${CAPS_PLACE}${REGION}${DATE}${AGENCY}${DASH_OR_COLON}(?=\\S)`, 'u');
const TITLE_DATELINE = new RegExp(`^${TITLE_PLACE}${REGION}${DATE}${AGENCY}${DASH}(?=\\S)`, 'u');
/** PTI and IANS print no dash: `New Delhi, Jan 12 (PTI) The ...`, `MUMBAI, March 3 (IANS) Police ...`. */
const UNDASHED_DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}),\s*((?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)(?:,?\s+\d{4})?)\s*\(([^()]{2,40})\)\s*[:-]?\s+(?=[\p{Lu}\p{N}"“‘'])`,
  'u',
);
/** TASS and RIA put the agency between slashes after the date: `MOSCOW, March 4. /TASS/.` */
const SLASHED_DATELINE = new RegExp(`^${CAPS_PLACE}${DATE}\\.\\s*/([^/]{2,40})/\\.?\\s+(?=\\S)`, 'u');

/** Words in capitals that open a story without being a place. */
const KICKERS = new Set(
  `BREAKING UPDATE UPDATED EXCLUSIVE WATCH ANALYSIS OPINION EDITORIAL COMMENT LIVE VIDEO PHOTO PHOTOS CORRECTION
  URGENT FLASH ALERT REVIEW EXPLAINER INTERVIEW FEATURE NEWS REPORT WARNING NOTE EDITOR'S READ MORE ALSO SEE RELATED
  TOP LATEST SPONSORED ADVERTISEMENT CAPTION CREDIT`.split(/\s+/),
);

/** Chinese wire datelines: agency (or 本报, "this paper"), place, date, 电/讯, then the reporters in brackets. */
const CJK_AGENCY = '新华社|新华网|中新社|中国新闻社|中新网|人民网|央视网|央广网|中央社|法新社|路透社|美联社|共同社|塔斯社|韩联社|本报|本刊|本台|本网';
const CJK_DATELINE = new RegExp(
  String.raw`^(${CJK_AGENCY})\s*(\p{Script=Han}{2,8}?)\s*(\d{1,2}月\d{1,2}日)\s*(?:电|讯)\s*(?:[（(]([^（()）]{1,40})[)）])?`,
  'u',
);
/** The paper's own name for itself is not an agency. */
const OWN_PAPER = /^本/u;
const CJK_ROLES = /记者|通讯员|实习生|特约撰稿人/gu;

export interface DatelineMatch {
  dateline: Dateline;
  length: number;
  /** Reporters the dateline names (`（记者 王伟 李娜）`). */
  reporters: string[];
}

/** A dateline's place, region, date and agency fit in this many characters; the patterns read no further (which
 * keeps them linear on a long paragraph). */
const MAX_DATELINE_CHARS = 200;

export function parseDateline(text: string): DatelineMatch | null {
  const head = text.slice(0, MAX_DATELINE_CHARS);
  return parseCjkDateline(head) ?? parseLatinDateline(head) ?? parseSlashedDateline(head) ?? parseUndashedDateline(head);
}

function parseSlashedDateline(text: string): DatelineMatch | null {
  const m = SLASHED_DATELINE.exec(text);
  if (!m || !m[2] || !MONTH_WORD.test(m[2].replace(/^\d{1,2}\s+/u, ''))) return null;
  return { dateline: { place: m[1].trim(), date: m[2].replace(/\s+/g, ' '), agency: knownAgency(m[3]) ?? m[3].trim() }, length: m[0].length, reporters: [] };
}

function parseUndashedDateline(text: string): DatelineMatch | null {
  const m = UNDASHED_DATELINE.exec(text);
  const agency = m ? knownAgency(m[3]) : null;
  if (!m || !agency || !MONTH_WORD.test(m[2].replace(/^\d{1,2}\s+/u, ''))) return null;
  return { dateline: { place: m[1], date: m[2].replace(/\s+/g, ' '), agency }, length: m[0].length, reporters: [] };
}

function parseLatinDateline(text: string): DatelineMatch | null {
  let m = CAPS_DATELINE.exec(text);
  let titleCase = false;
  if (!m) {
    m = TITLE_DATELINE.exec(text);
    titleCase = true;
  }
  if (!m) return null;
  const place = m[1].trim();
  const agency = m[4] ? (knownAgency(m[4]) ?? m[4].trim()) : null;
  if (titleCase && !(agency && knownAgency(agency))) return null;
  // in capitals, a single letter or a two-letter word is too weak ("A -", "US -"), and so is a kicker
  if (!titleCase && (place.replace(/[^\p{Lu}]/gu, '').length < 3 || place.split(/\s+/).every((w) => KICKERS.has(w)))) return null;
  const date = m[3] && MONTH_WORD.test(m[3].replace(/^\d{1,2}\s+/u, '')) ? m[3].replace(/\s+/g, ' ') : null;
  if (m[3] && !date) return null;
  // a place alone before a dash must be followed by the start of a sentence ("SAN FRANCISCO — A company ...")
  const next = text.charAt(m[0].length);
  if (!date && !agency && !/[\p{Lu}\p{N}"“‘'(]/u.test(next)) return null;
  const region = m[2] ? `, ${m[2]}` : '';
  return { dateline: { place: place + region, date, agency }, length: m[0].length, reporters: [] };
}

function parseCjkDateline(text: string): DatelineMatch | null {
  const m = CJK_DATELINE.exec(text);
  if (!m) return null;
  const agency = OWN_PAPER.test(m[1]) ? null : m[1];
  const reporters = m[4] && /记者|通讯员/u.test(m[4]) ? splitNames(m[4].replace(CJK_ROLES, ' ')) : [];
  return { dateline: { place: m[2], date: m[3], agency }, length: m[0].length, reporters };
}

/** The dateline opens one of the article's first paragraphs (a standfirst may come first); byline and date lines
 * in between are passed over. */
export function extractDateline(ctx: ExtractContext): DatelineMatch | null {
  const paragraphs = leadBlocks(ctx, 8).filter((b) => !isFieldLine(ctx, b));
  for (const block of paragraphs.slice(0, ctx.doc.options.fields.leadReach)) {
    const found = parseDateline(block.text);
    if (found) return found;
  }
  return null;
}
