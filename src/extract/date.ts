// Dates as news pages print them, turned into the ISO 8601 form of what is printed: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`
// with a time, and `YYYY-MM-DDTHH:MM+01:00` (or `Z`) when a zone follows the time (time-zone.ts). Times are not
// converted: the record keeps the page's own clock.
// Numeric day/month orders that cannot be told apart (04/03/2019) give no date rather than a guess, unless the
// caller knows the page's order from another date on it (15/03/2019 can only be day first).
import { MONTHS } from '../text/months.js';
import { caseless, type Matcher } from '../text/caseless.js';
import { isRealDateTime } from '../schema.js';
import { zoneAt } from './time-zone.js';
import type { FieldOptions } from '../options.js';

/** Order of day and month in numeric dates such as 04/03/2019. */
export type NumericOrder = 'dmy' | 'mdy';

export interface FoundDate {
  iso: string;
  /** Where the date (and its time, if any) is in the text. */
  start: number;
  end: number;
}

const monthAlternatives = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const MONTH = `(${monthAlternatives})\\.?`;
const ORDINAL = '(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';

interface Pattern {
  re: Matcher;
  ymd: (m: RegExpExecArray, order: NumericOrder | null) => [number, number, number] | null;
}

const num = (s: string) => Number(s);
const NUMERIC_SLASH = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/u;
const NUMERIC_SLASH_ALL = new RegExp(NUMERIC_SLASH.source, 'gu');

const PATTERNS: Pattern[] = [
  // 2013-06-14, 2013-06-14T20:59:31Z, 2013/06/14, 2013.06.14
  { re: /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/u, ymd: (m) => [num(m[1]), num(m[3]), num(m[4])] },
  // 2013年06月14日
  { re: /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u, ymd: (m) => [num(m[1]), num(m[2]), num(m[3])] },
  // June 14, 2013 / Mar. 4, 2019 / March 4th 2019
  {
    re: caseless(new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+${YEAR}(?!\\d)`, 'iu')),
    ymd: (m) => [num(m[3]), MONTHS.get(m[1].toLowerCase())!, num(m[2])],
  },
  // 4 March 2019 / 19. Oktober 2019 / 4 de marzo de 2019 / 4th March, 2019
  {
    re: caseless(new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|${ORDINAL})\\s*(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'iu')),
    ymd: (m) => [num(m[3]), MONTHS.get(m[2].toLowerCase())!, num(m[1])],
  },
  // 14.06.2013 (day first wherever dots are used)
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d])/u, ymd: (m) => [num(m[3]), num(m[2]), num(m[1])] },
  // 14/06/2013 or 06/14/2013: when one of the two numbers cannot be a month, or the page's order is known
  {
    re: NUMERIC_SLASH,
    ymd: (m, order) => {
      const [a, b] = [num(m[1]), num(m[2])];
      const own = orderOf(a, b);
      if (own === 'dmy' || (own === null && order === 'dmy')) return [num(m[3]), b, a];
      if (own === 'mdy' || (own === null && order === 'mdy')) return [num(m[3]), a, b];
      return null;
    },
  },
];

/** The order a numeric date shows by itself: a first number above 12 is a day, a second above 12 is too. */
function orderOf(a: number, b: number): NumericOrder | null {
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return null;
}

/** The order of numeric dates on a page, from those that show it (15/03/2019); null when none do or they disagree. */
export function numericOrder(texts: string[]): NumericOrder | null {
  const seen = new Set<NumericOrder>();
  for (const text of texts) {
    for (const m of text.matchAll(NUMERIC_SLASH_ALL)) {
      const order = orderOf(num(m[1]), num(m[2]));
      if (order) seen.add(order);
    }
  }
  return seen.size === 1 ? [...seen][0] : null;
}

// 20:59, 3:42 PM, 7.46 Uhr, 15.42 GMT, 7.30pm, 15h42; seconds are dropped. A dotted time needs a clock word after
// it, or "4.2 million" would be one.
const TIME =
  /(?<![\d.:])(\d{1,2})(?::(\d{2})(?::\d{2}(?:\.\d+)?)?|\.(\d{2})(?=\s*(?:Uhr\b|h\b|[ap]\.?m\b|(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|WEST|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b))|h(\d{2}))(?:\s*([ap])\.?\s?m\.?(?![\p{L}]))?(?![\d])/iu;
/** How far from the date (characters) a time may be printed and still belong to it. */
const TIME_REACH = 24;

/** Every pattern above needs a four-digit year: most texts asked about (every short block of every page) have
 * none, and are answered with one quick test instead of six patterns with month names and look-behinds. */
const ANY_YEAR = /(?:19|20)\d\d/;

/** 11.03.17, 9/11/13 10:00AM: a numeric date with a two-digit year, as some sites print it in the article header.
 * Such numbers are also scores, versions and ratios, so the text must be short and start with the date (after a
 * word or two of label: "Posted 9/11/13"). */
const SHORT_NUMERIC = /^((?:\p{L}+:?\s+){0,2})(\d{1,2})([./])(\d{1,2})\3(\d{2})(?![\d./])/u;
/** What SHORT_NUMERIC needs somewhere, looked for first: most short texts have no such pair of numbers. */
const NUMBERS_APART = /\d[./]\d/;
/** What reading a date depends on: the longest text a date with a two-digit year is read from (the options' field
 * group, `fields.shortDateMaxChars`). */
export type DateOptions = Pick<FieldOptions, 'shortDateMaxChars'>;

/** The date of a short text that starts with a numeric date with a two-digit year: the order the numbers show
 * (10.15.15), else the page's, else `shortOrder` (the convention of the page's language); the year in 2000-2099. */
function shortNumericDate(text: string, o: DateOptions, order: NumericOrder | null): { m: RegExpExecArray; ymd: [number, number, number] } | null {
  const found = text.length <= o.shortDateMaxChars && NUMBERS_APART.test(text) ? SHORT_NUMERIC.exec(text) : null;
  if (!found) return null;
  const [a, b, year] = [num(found[2]), num(found[4]), 2000 + num(found[5])];
  const own = orderOf(a, b) ?? order;
  if (own === null) return null;
  // the date without its label
  const m = Object.assign([found[0].slice(found[1].length)], { index: found[1].length, input: text }) as RegExpExecArray;
  return { m, ymd: own === 'dmy' ? [year, b, a] : [year, a, b] };
}

/** The first date in the text, with the time printed next to it if any; `order` resolves 04/03/2019, and
 * `shortOrder` a date with a two-digit year that shows no order (9/11/13) when `order` is not known. */
export function findDate(text: string, o: DateOptions, order: NumericOrder | null = null, shortOrder: NumericOrder | null = null): FoundDate | null {
  let best: { m: RegExpExecArray; ymd: [number, number, number] } | null = null;
  if (ANY_YEAR.test(text)) {
    for (const p of PATTERNS) {
      const m = p.re.exec(text);
      if (!m) continue;
      const ymd = p.ymd(m, order);
      if (!ymd) continue;
      if (!best || m.index < best.m.index) best = { m, ymd };
    }
  }
  best ??= shortNumericDate(text, o, order ?? shortOrder);
  if (!best) return null;
  const [y, mo, d] = best.ymd;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (!isRealDateTime(date)) return null;
  let start = best.m.index;
  let end = start + best.m[0].length;
  const time = findTime(text, start, end);
  if (time) {
    const zone = zoneAt(text.slice(time.end), best.ymd);
    const timeEnd = time.end + (zone?.length ?? 0);
    start = Math.min(start, time.start);
    end = Math.max(end, timeEnd);
    return { iso: `${date}T${time.hhmm}${zone?.offset ?? ''}`, start, end };
  }
  return { iso: date, start, end };
}

function findTime(text: string, start: number, end: number): { hhmm: string; start: number; end: number } | null {
  // the time right after the date (ISO "T20:59", "June 14, 2013 20:59"), else the one just before it
  const after = text.slice(end, end + TIME_REACH);
  const before = text.slice(Math.max(0, start - TIME_REACH), start);
  const a = TIME.exec(after);
  if (a && /^[\sT,:|/@–·•-]*(?:at|um|à|às|a las|alle|om|o)?[\s,]*$/iu.test(after.slice(0, a.index))) {
    const hhmm = toHhmm(a);
    if (hhmm) return { hhmm, start: end + a.index, end: end + a.index + a[0].length };
  }
  let b: RegExpExecArray | null = null;
  for (let i = 0; ; ) {
    const m = TIME.exec(before.slice(i));
    if (!m) break;
    b = Object.assign(m, { index: m.index + i });
    i = m.index + m[0].length;
  }
  if (b) {
    const hhmm = toHhmm(b);
    const offset = start - before.length;
    if (hhmm) return { hhmm, start: offset + b.index, end: offset + b.index + b[0].length };
  }
  return null;
}

function toHhmm(m: RegExpExecArray): string | null {
  let h = Number(m[1]);
  const min = Number(m[2] ?? m[3] ?? m[4]);
  const meridiem = m[5]?.toLowerCase();
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    if (meridiem === 'p' && h !== 12) h += 12;
    if (meridiem === 'a' && h === 12) h = 0;
  }
  if (h > 23 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
