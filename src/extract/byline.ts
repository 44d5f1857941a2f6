// Authors named in the byline, as written:
//  - `By John Smith`, `Story by ...`, `Von ...`; `By JOHN SMITH and JANE DOE, Associated Press` and `By Fatou Diallo
//    / AFP` (the agency apart); `By Jane Doe, Science correspondent` (roles and degrees are not names);
//  - `Zhang Yue (China Daily)`, `By Li Na (People's Daily Online)`, `KENJI SATO, Kyodo News` (the outlet apart);
//  - `Author: Li Na`, `作者：李娜`, `本报记者 王伟 李娜`, and the reporters of a Chinese dateline;
//  - a name alone beside a date: `Jane Doe | March 4, 2019`, or on its own line between headline and date line;
//  - a byline line that closes the article;
//  - Reuters footers `Reporting by A and B; Additional reporting by C` (A, B, C, added to the byline's names).
// A line that holds only fields is taken out of the body; a footer credit after the last sentence of a paragraph
// is cut from it.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { articleTop, consume, consumeIfFieldLine, cutFromText, headerBlocks, isFieldLine, tailBlocks } from './context.js';
import { isRole, looksLikeName, splitNames } from './names.js';
import { knownAgency } from './agencies.js';
import { outletName } from './agency.js';
import { segments } from './segments.js';
import { findDate } from './date.js';
import { isTitleLike } from './title.js';
import { STOPWORDS } from '../text/stopwords.js';

export interface Byline {
  authors: string[];
  /** An agency or outlet named in the byline ("..., Associated Press", "(China Daily)"), if any. */
  agency: string | null;
}

const BY = /^(?:(?:story|words|text|reported|written|reporting)\s+by|by|von|par|por|di|door|av|af|przez|автор)(?:\s*:\s*|\s+)(.{2,150})$/iu;
const AUTHOR_LABEL = /^(?:(?:authors?|autor(?:in|en)?|auteur|autore|text|texto|reporter|作者)\s*[:：]|文\s*[:：/／])\s*(.{2,150})$/iu;
/** Chinese reporter credits, with or without a colon: `记者 王伟 李娜`, `本报记者 王伟`, `（记者 王伟）`. */
const CJK_REPORTER = /^[（(]?\s*(?:本报|本刊|本台|本网)?(?:特约)?记者\s*[:：]?\s*([^（()）]{2,40}?)\s*[)）]?$/u;
const NAME_AND_OUTLET = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*[(（]([^()（）]{2,40})[)）]$/u;
/** A name and the agency it writes for, without "By": `KENJI SATO, Kyodo News`. */
const NAME_AND_AGENCY = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s*(.{2,40})$/u;
const TRAILING_OUTLET = /\s*[(（]([^()（）]{2,40})[)）]$/u;
/** "CNN", "BBC": an outlet's initials after a comma are not a name; nor is a degree ("Grant Tinsley, PhD"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const CREDENTIAL = /^(?:PhD|Ph\.D\.?|MD|M\.D\.|MPH|MBA|MSc|BSc|RN|DO|DDS|PharmD|Esq\.?|Jr\.?|Sr\.?)$/u;
/** Reuters-style footer credits; "Writing by" names the writer. Each runs to the next `;` or `)`, or to a sentence
 * that starts another credit ("... Reese. Editing by ..."), or to the end. */
const REPORTING = /(?:^|[.;(]\s*)(?:additional\s+)?(?:reporting|writing)\s+by\s+([^;)]+)/giu;
const REPORTING_START = /^(?:additional\s+)?(?:reporting|writing)\s+by\s/iu;
const NEXT_CREDIT = /\.\s+(?=\p{L}+\s+by\b)/u;
/** What joins a byline to a date printed after it ("on", "le", "am", "el", "il", "de"). */
const TRAILING_JOINER = /(?:[\s,|·•–—-]|\b(?:on|at|le|am|vom|el|il|de)\b)+$/iu;
const LEADING_JOINER = /^[\s,|·•–—-]+/u;
/** What may stand before a date that a byline follows: "Posted on March 4, 2019 by Sam Lee". */
const DATE_LABEL_ONLY = /^\s*(?:(?:posted|published|updated|written)\s*)?(?:on\s*)?$/iu;
/** Words that only say what a byline is ("Staff", "Reuters Staff"). */
const STAFF = /\s+staff$/iu;
/** A word of a person's name: a capital, then lower case, with inner capitals, apostrophes or hyphens ("DeFino",
 * "O'Callaghan", "Pieczewski-Freimuth"). */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}+|(?=['’]))(?:(?:['’-]\p{Lu}?|\p{Lu})\p{Ll}+)*$/u;
/** Function words of every language the cleaner knows ("Die Tagespresse" is a title, not a name). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...STOPWORDS.values()].flatMap((set) => [...set]));
/** How many blocks at the end of the article and after it may hold a closing byline. */
const CLOSING_REACH = 2;
/** A name without "By": two to four words, so that a one-word outlet is not taken for one. */
const BARE_NAME_WORDS = [2, 4];

/** A byline is a short line; longer text is not one (and the patterns above need short input to stay linear). */
const MAX_BYLINE_CHARS = 200;

export function parseByline(text: string): Byline | null {
  if (text.length > MAX_BYLINE_CHARS) return null;
  const t = withoutDate(text.trim());
  let m = BY.exec(t) ?? AUTHOR_LABEL.exec(t);
  if (m) return namesAndAgency(m[1]);
  m = CJK_REPORTER.exec(t);
  if (m) {
    const authors = splitNames(m[1]);
    return authors.length ? { authors, agency: null } : null;
  }
  // "Zhang Yue (China Daily)": only with a real outlet in the brackets ("Trends (21)" is a menu item)
  m = NAME_AND_OUTLET.exec(t);
  const outlet = m ? outletName(m[2]) : null;
  if (m && outlet && looksLikeName(m[1])) return { authors: [m[1]], agency: outlet };
  m = NAME_AND_AGENCY.exec(t);
  if (m && looksLikeName(m[1]) && knownAgency(m[2])) return { authors: [m[1]], agency: knownAgency(m[2]) };
  return null;
}

/** "By Kate Morris, March 4, 2019", "By Kate Morris on March 4", "Oct 30 2020 by Emily Co": the date is the
 * publication's, not part of the byline. */
function withoutDate(text: string): string {
  const date = findDate(text, 'dmy');
  if (!date) return text;
  if (!/[\p{L}\p{N}]/u.test(text.slice(date.end))) return text.slice(0, date.start).replace(TRAILING_JOINER, '');
  if (DATE_LABEL_ONLY.test(text.slice(0, date.start))) return text.slice(date.end).replace(LEADING_JOINER, '');
  return text;
}

/** "JOHN SMITH and JANE DOE, Associated Press" -> the names, and the agency if the last part is one. */
function namesAndAgency(credit: string): Byline | null {
  let agency: string | null = null;
  let rest = credit.trim();
  const outlet = TRAILING_OUTLET.exec(rest);
  if (outlet) {
    agency = outletName(outlet[1]);
    rest = rest.slice(0, outlet.index);
  }
  // "By Fatou Diallo / AFP": a spaced slash parts the credit like a comma
  const commaParts = rest.split(/\s*,\s*|\s+\/\s+/u);
  // "By JANE ROE Associated Press": an agency written after the names without a comma
  const lastIndex = commaParts.length - 1;
  const trailing = knownAgency(commaParts[lastIndex]) ? null : trailingAgency(commaParts[lastIndex]);
  if (trailing) {
    agency = trailing.agency;
    commaParts[lastIndex] = trailing.names;
  }
  // a trailing agency ("..., Associated Press"), role ("..., Science correspondent") or outlet's initials is not a name
  while (commaParts.length > 1) {
    const last = commaParts[commaParts.length - 1];
    if (knownAgency(last)) agency ??= knownAgency(last);
    else if (!isRole(last) && !ACRONYM.test(last) && !CREDENTIAL.test(last)) break;
    commaParts.pop();
  }
  // "By Reuters", "By AFP Staff": the agency wrote it
  if (commaParts.length === 1) {
    const only = knownAgency(commaParts[0].replace(STAFF, ''));
    if (only) return { authors: [], agency: only };
  }
  const names = commaParts.map((part) => splitNames(part));
  if (names.some((n) => n.length === 0)) return null;
  return { authors: names.flat(), agency };
}

interface Credit {
  /** The credit as printed, label included. */
  text: string;
  names: string[];
}

function reportingCredits(text: string): Credit[] {
  return [...text.matchAll(REPORTING)].map((m) => {
    const names = m[1].split(NEXT_CREDIT)[0];
    const label = m[0].slice(0, m[0].length - m[1].length).replace(/^[.;(]\s*/u, '');
    return { text: label + names, names: splitNames(names) };
  });
}

/** The last one to three words of a credit, when they are a known agency and something comes before them. */
function trailingAgency(part: string): { names: string; agency: string } | null {
  const words = part.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const agency = knownAgency(words.slice(-n).join(' '));
    if (agency) return { names: words.slice(0, -n).join(' '), agency };
  }
  return null;
}

export function parseReporting(text: string): string[] {
  return reportingCredits(text).flatMap((c) => c.names);
}

/** `reporters`: names the dateline credits (`新华社北京3月4日电（记者 王伟 李娜）`), used when there is no byline. */
export function extractByline(ctx: ExtractContext, reporters: string[] = []): Byline {
  const found = headerByline(ctx) ?? closingByline(ctx) ?? (reporters.length ? { authors: reporters, agency: null } : { authors: [], agency: null });
  for (const block of tailBlocks(ctx, 6)) {
    const authors = parseReporting(block.text);
    if (authors.length === 0) continue;
    consumeCredits(block);
    return { authors: [...new Set([...found.authors, ...authors])], agency: found.agency };
  }
  return found;
}

/** A byline line that ends the article ("By Owen Price, Local Democracy Reporter"), as some sites print it. */
function closingByline(ctx: ExtractContext): Byline | null {
  for (const block of tailBlocks(ctx, CLOSING_REACH)) {
    const short = block.text.length <= MAX_BYLINE_CHARS;
    const byline = short && BY.test(block.text.trim()) && isFieldLine(ctx, block) ? parseByline(block.text) : null;
    if (byline && byline.authors.length) {
      consume(block, 'byline', `byline: ${byline.authors.join(', ')}`);
      return byline;
    }
  }
  return null;
}

/** A name printed without "By" must look like one on its own: two to four name-shaped words (capitalised, not in
 * capitals, not function words), so that labels such as "PAID CONTENT", "Die Tagespresse" or "Editors Pick" are
 * not taken for names. */
function isBareName(name: string): boolean {
  const words = name.split(/\s+/);
  const [min, max] = BARE_NAME_WORDS;
  if (words.length < min || words.length > max || !looksLikeName(name) || knownAgency(name)) return false;
  return words.every((w) => NAME_WORD.test(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
}

/** "Kimberly Chan" on a line of its own between the headline and the date line (a kicker or a section label can
 * stand above a date too, so a headline must be right above it). */
function nameBesideDate(ctx: ExtractContext, block: Block): string | null {
  const name = block.text.trim();
  const above = ctx.blocks[block.index - 1];
  const below = ctx.blocks[block.index + 1];
  const dated = below !== undefined && findDate(below.text) !== null && isFieldLine(ctx, below);
  return isBareName(name) && dated && above !== undefined && isTitleLike(above) ? name : null;
}

function headerByline(ctx: ExtractContext): Byline | null {
  for (const block of [...headerBlocks(ctx, 10), ...articleTop(ctx)]) {
    if (block.text.length > 200) continue;
    const parts = segments(block.text);
    for (const part of parts) {
      const byline = parseByline(part);
      if (!byline) continue;
      consumeIfFieldLine(ctx, block, 'byline', `byline: ${byline.authors.join(', ') || byline.agency}`);
      return byline;
    }
    const name = bareName(ctx, parts) ?? (block.index < ctx.bodyStart ? nameBesideDate(ctx, block) : null);
    if (name) {
      consume(block, 'byline', `byline: ${name}`);
      return { authors: [name], agency: null };
    }
  }
  return null;
}

/** "Jane Doe | March 4, 2019": a name is a byline when every other part of its line is a field. */
function bareName(ctx: ExtractContext, parts: string[]): string | null {
  if (parts.length < 2) return null;
  const names = parts.filter((p) => !ctx.isField(p));
  return names.length === 1 && isBareName(names[0]) ? names[0] : null;
}

/** A footer of credits goes entirely; credits after the last sentence of a paragraph are cut from it. */
function consumeCredits(block: Block): void {
  if (REPORTING_START.test(block.text)) consume(block, 'byline', 'reporting credit');
  else for (const credit of reportingCredits(block.text)) if (credit.names.length) cutFromText(block, credit.text);
}
