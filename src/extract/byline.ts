// Authors named in the byline, in name case (`JEFFREY GETTLEMAN` -> `Jeffrey Gettleman`):
//  - a labelled byline: `By X`, `By X and Y`, `By X, Y and Z`, `Story by`, `Written by`, `Von X`, `Par X`, `Por X`,
//    `Di X`, `Door X`, `Av X`, `Przez X`, `Author: X`, `作者：X`, `文/X`, `记者 X`, `本报记者 王伟 李娜`. Whatever follows
//    the names is not a name: a date or a time (`By JEFFREY GETTLEMAN JAN. 13, 2017`, `by Lucas Nolan22 Dec 2016`),
//    a handle (`@ahiza_garcia`, `Follow @x`), a role, degree or outlet after a comma (`, Science correspondent`,
//    `, MA`, `, a deputy editor and ...`), an agency (`, Associated Press`, `/ AFP`); names credited for photographs
//    are left out (`X (reporting) and Y (photography)`), names credited `(with Y and Z)` are added;
//  - `Zhang Yue (China Daily)`, `KENJI SATO, Kyodo News`: a name and its outlet or agency, without a label;
//  - a name alone, in the article's header: beside a date or a time (`Jane Doe | March 4, 2019`, `Dan Goodin -
//    Apr 16, 2015`, `Alex Perry 1 day ago`), or on its own line next to the headline or to a date line;
//  - a byline line that closes the article; the reporters of a Chinese dateline;
//  - Reuters footers `Reporting by A and B` (added to the byline's names); `Additional reporting by` names helpers,
//    not authors, and `Editing by` names editors (editors.ts).
// A byline must be made of names (capitalised words and name particles), so `By the way, ...`, `By 2030 ...` and
// `By Monday, the council ...` give nothing. A line that holds only fields leaves the body; a footer credit after
// the last sentence of a paragraph is cut from it.
import type { Block } from '../pipeline/doc.js';
import type { ExtractContext } from './context.js';
import { articleTop, consume, consumeIfFieldLine, cutFromText, headerBlocks, isFieldLine, isParagraph, lineParts, tailBlocks } from './context.js';
import { isDateWord, isNotName, isRole, looksLikeName, nameCase, PARTICLES, splitNames } from './names.js';
import { knownAgency } from './agencies.js';
import { outletName } from './agency.js';
import { plainText, segments } from './segments.js';
import { findDate, type DateOptions } from './date.js';
import { datedFieldLine, isDatePart } from './published.js';
import { monthNumber } from '../text/months.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { BylineOptions, FieldOptions } from '../options.js';
import { CJK_CHAR } from '../text/script.js';

export interface Byline {
  authors: string[];
  /** An agency or outlet named in the byline ("..., Associated Press", "(China Daily)"), if any. */
  agency: string | null;
}

/** Words that introduce a byline; after a label with a colon anything may follow. */
const BY = /^(?:(?:story|words|text|reported|written|reporting|photos?\s+and\s+text)\s+by|by|von|par|por|di|door|av|af|przez|автор)(?:\s*:\s*|\s+)(?=\S)/iu;
const AUTHOR_LABEL = /^(?:(?:authors?|autor(?:in|en|ka)?|auteur|autore|text|texto|reporter|作者|撰文)\s*[:：]|文\s*[:：/／])\s*(?=\S)/iu;
/** Chinese reporter credits, with or without a colon: `记者 王伟 李娜`, `本报记者 王伟`, `（记者 王伟）`. */
const CJK_REPORTER = /^[（(]?\s*(?:本报|本刊|本台|本网)?(?:特约)?记者\s*[:：]?\s*([^（()）]{2,40}?)\s*[)）]?$/u;
const NAME_AND_OUTLET = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*[(（]([^()（）]{2,40})[)）]$/u;
/** A name and the agency it writes for, without "By": `KENJI SATO, Kyodo News`. */
const NAME_AND_AGENCY = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),\s*(.{2,40})$/u;
/** "CNN", "BBC": an outlet's initials after a comma are not a name; nor is a degree ("Grant Tinsley, PhD"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const CREDENTIAL = /^(?:PhD|Ph\.D\.?|MD|M\.D\.|MA|M\.A\.|MS|MSc|BSc|BA|MPH|MBA|RN|DO|DDS|PharmD|Esq\.?|Jr\.?|Sr\.?)$/u;
/** Reuters-style footer credits; "Writing by" names the writer. Each runs to the next `;` or `)`, or to a sentence
 * that starts another credit ("... Reese. Editing by ..."), or to the end. `additional` marks helpers. */
const REPORTING = /(?:^|[.;(]\s*)(additional\s+)?(?:reporting|writing)\s+by\s+([^;)]+)/giu;
const REPORTING_START = /^(?:additional\s+)?(?:reporting|writing)\s+by\s/iu;
const NEXT_CREDIT = /\.\s+(?=\p{L}+\s+by\b)/u;
/** What may stand before a date that a byline follows: "Posted on March 4, 2019 by Sam Lee", "Tuesday 15 October
 * 2019 by ...". */
const DATE_LABEL_ONLY = /^\s*(?:(?:posted|published|updated|written)\s*)?(?:on\s*)?(?:\p{L}{3,9},?\s*)?$/iu;
const LEADING_JOINER = /^[\s,|·•–—-]+/u;
/** Words that only say what a byline is ("Staff", "Reuters Staff"). */
const STAFF = /\s+staff$/iu;
/** A word of a person's name: a capital, then lower case, with inner capitals, apostrophes or hyphens ("DeFino",
 * "O'Callaghan", "Pieczewski-Freimuth"). */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}+|(?=['’]))(?:(?:['’-]\p{Lu}?|\p{Lu})\p{Ll}+)*$/u;
/** Function words of every language the cleaner knows ("Die Tagespresse" is a title, not a name). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...STOPWORDS.values()].flatMap((set) => [...set]));
/** A byline is a short line; longer text is not one (and the patterns above need short input to stay linear). A
 * block that starts with a label is read in its first characters only ("By Jane Doe, a reporter who ..."). */
const MAX_BYLINE_CHARS = 200;

/** An e-mail address, a handle and the button that follows it: not part of a name. */
const CONTACT = /\S+@\S+\.\p{L}{2,}|(?:\bfollow\s+)?@[\p{L}\p{N}_.]+/giu;
const HANDLE = /(?:^|\s)@[\p{L}\p{N}_.]+/u;
/** Where the names of a byline end: a digit (a date, a time, "1 day ago", "8h"), a bar, a bullet or a spaced dash
 * or slash, a bracket that opens a date, or a word that starts the next field. */
const NAMES_END =
  /\d|\s[|•·—–]|[|•·—–](?=\s)|\s-\s|\b(?:updated|published|posted|last\s+modified|aktualisiert|veröffentlicht|mis\s+à\s+jour|publié|actualizado|publicado|aggiornato|pubblicato)\b/iu;
/** A capitalised word glued to the word before it, followed by a number: a month starting a date. */
const GLUED_MONTH = /(?<=\p{Ll})(?=\p{Lu}\p{Ll}{2,8}\.?\s?\d)/gu;
/** The last word of a text, which may be the start of a date or join it to the names: "JAN.", "March", "on". */
const TRAILING_DATE_WORD = /(?:\s+|^)\p{L}{2,12}\.?$/u;
/** Parenthesised credits inside a byline: "(reporting)", "(photography)", "(with Y and Z)". */
const PAREN = /\s*\(([^()]{1,80})\)/gu;
const PHOTO_ROLE = /^(?:photo(?:graph)?(?:s|y)?|pictures?|images?|video|illustrations?|graphics?|fotos?|bilder?|photographies?)$/iu;
const TEXT_ROLE = /^(?:reporting|text|words|story|texte|redacción)$/iu;
const WITH = /^(?:with|avec|mit|con|com|met|z)\s+(.+)$/iu;
/** Separators between the names of a list ("A, B and C", "A y B", "A et B"). */
const NAME_LIST = /\s*(?:&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\ben\b|\bog\b|\boch\b|\boraz\b)\s*/iu;
/** How the name of a Chinese outlet ends: a paper, a site, an agency, a station. */
const CJK_OUTLET_SUFFIX = /(?:报|网|社|台|周刊|客户端)$/u;
/** Articles: a name does not start with one ("Von Die Tagespresse", "Von Der Spendenteddy" name a site). */
const ARTICLES = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une', 'el', 'los', 'las', 'il', 'lo', 'gli', 'het', 'een']);
/** A few capitalised words: a place or a desk ("Washington", "Good Morning America"). */
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|de|du)){0,4}$/u;
/** Separators kept by split (for dropping the last name of a list). */
const LIST_SEPARATOR = /(\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*)/iu;
/** An appositive after a comma: "a deputy editor and author of ...", "the paper's science correspondent". */
const APPOSITIVE = /^(?:a|an|the|un|une|le|la|el|der|die|das|il)\s/iu;

/** Marks some sites print before a byline ("// By ..."). */
const LEADING_MARKS = /^[\s/\\*•·>»|–—-]+/u;

/** `o`: how dates are read (a byline may start with one). */
export function parseByline(text: string, o: DateOptions): Byline | null {
  const t = plainText(text).replace(LEADING_MARKS, '');
  const label = BY.exec(t) ?? AUTHOR_LABEL.exec(t);
  if (label) return labelled(t.slice(label[0].length));
  if (t.length > MAX_BYLINE_CHARS) return null;
  const dated = withoutLeadingDate(t, o);
  if (dated !== t) return parseByline(dated, o);
  let m = CJK_REPORTER.exec(t);
  if (m) {
    const authors = splitNames(m[1]);
    return authors.length ? { authors, agency: null } : null;
  }
  // "Zhang Yue (China Daily)": only with a real outlet in the brackets ("Trends (21)" is a menu item)
  m = NAME_AND_OUTLET.exec(t);
  const outlet = m ? outletName(m[2]) : null;
  if (m && outlet && looksLikeName(m[1])) return { authors: [nameCase(m[1])], agency: outlet };
  m = NAME_AND_AGENCY.exec(t);
  if (m && looksLikeName(m[1]) && knownAgency(m[2])) return { authors: [nameCase(m[1])], agency: knownAgency(m[2]) };
  return null;
}

/** "Posted on March 4, 2019 by Sam Lee", "Oct 30 2020 by Emily Co": the date comes first, then the byline. */
function withoutLeadingDate(text: string, o: DateOptions): string {
  const date = findDate(text, o, 'dmy');
  const before = date ? text.slice(0, date.start) : '';
  if (!date || !DATE_LABEL_ONLY.test(before) || !before.split(/[\s,]+/u).every((w) => w === '' || isNotName(w))) return text;
  const rest = text.slice(date.end).replace(LEADING_JOINER, '');
  return BY.test(rest) ? rest : text;
}

/** html2text writes a link's spaces as underscores; a date glued to the word before it ("Nolan22 Dec 2016",
 * "FinanceOctober 13, 2016") starts a new word. */
function unglued(text: string): string {
  return text
    .replace(/(?<=[\p{L}.])_(?=\p{L})/gu, ' ')
    .replace(/(?<=\p{Ll})(?=\d)/gu, ' ')
    .replace(GLUED_MONTH, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const UNOPENED_BRACKET = /^[^(（[]*[)）\]]/u;

/** The names after a byline's label, and the agency it names, or null when what follows is not names. */
function labelled(afterLabel: string): Byline | null {
  // a bracket closed before any is opened: the label stood inside a bracketed credit, the end of a caption
  // ("(Credit: AP/Photo montage by Salon)"), which names no author
  if (UNOPENED_BRACKET.test(afterLabel.slice(0, MAX_BYLINE_CHARS))) return null;
  let rest = afterLabel.slice(0, MAX_BYLINE_CHARS).replace(CONTACT, ' ');
  rest = unglued(rest);
  const end = NAMES_END.exec(rest);
  let names = end ? rest.slice(0, end.index) : rest;
  // the words a date started with ("JAN.", "March"), and what joined it ("on", "le", ",")
  return nameList(end ? withoutDateWords(names) : names);
}

/** The words a date started with ("JAN.", "March", "Tuesday") and what joined it to the names ("on", "le", ","). */
function withoutDateWords(text: string): string {
  let names = text.replace(/[\s,;:/]+$/u, '');
  for (let m = TRAILING_DATE_WORD.exec(names); m && isDateWord(m[0].trim()); m = TRAILING_DATE_WORD.exec(names)) {
    names = names.slice(0, m.index).replace(/[\s,;:/]+$/u, '');
  }
  return names;
}

/** "A (reporting) and B (photography), Science desk": the people credited for the words, and an agency. */
function nameList(list: string): Byline | null {
  const extra: string[] = [];
  let cleaned = '';
  let last = 0;
  let agency: string | null = null;
  for (const m of list.matchAll(PAREN)) {
    const inner = m[1].trim();
    let before = list.slice(last, m.index);
    const withNames = WITH.exec(inner);
    if (withNames) extra.push(withNames[1]);
    else if (PHOTO_ROLE.test(inner)) before = before.split(LIST_SEPARATOR).slice(0, -1).join('');
    else if (!TEXT_ROLE.test(inner)) agency ??= outletName(inner);
    cleaned += before;
    last = m.index + m[0].length;
  }
  cleaned = (cleaned + list.slice(last)).replace(/\s*(?:,|\band\b|\bet\b|\by\b|&)\s*$/iu, '').trim();
  const parts = cleaned.split(/\s*,\s*|\s+\/\s+/u);
  const authors: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const trailing = i > 0 ? trailer(part) : null;
    if (trailing) {
      agency ??= trailing.agency;
      break;
    }
    const found = people(part, i === 0 && parts.length === 1);
    if (found) {
      authors.push(...found);
      continue;
    }
    // "By JANE ROE Associated Press": an agency after the names without a comma
    const withAgency = trailingAgency(part);
    const named = withAgency ? people(withAgency.names, false) : null;
    if (withAgency && named) {
      authors.push(...named);
      agency ??= withAgency.agency;
      break;
    }
    if (i === 0) return agencyOnly(part);
    // "By Jane Doe, Washington": a place or a desk after the names; anything else is a sentence, not a byline
    if (CAPITALISED.test(part)) break;
    return null;
  }
  for (const list of extra) authors.push(...(people(list, false) ?? []));
  if (authors.length === 0) return agency ? { authors: [], agency } : null;
  return { authors: [...new Set(authors)], agency };
}

/** "By Reuters", "By AFP Staff": the agency wrote it. */
function agencyOnly(part: string): Byline | null {
  const agency = knownAgency(part.replace(STAFF, ''));
  return agency ? { authors: [], agency } : null;
}

/** What may follow the names after a comma: a role, a degree, an outlet or agency, a place, a description. */
function trailer(part: string): { agency: string | null } | null {
  const agency = knownAgency(part);
  if (agency) return { agency };
  if (outletName(part) || isRole(part) || ACRONYM.test(part) || CREDENTIAL.test(part)) return { agency: null };
  if (APPOSITIVE.test(part) && isRole(part.split(/\s+/u).slice(0, 6).join(' '))) return { agency: null };
  return null;
}

/** The last one to three words of a credit, when they are a known agency and something comes before them. */
function trailingAgency(part: string): { names: string; agency: string } | null {
  const words = part.split(/\s+/u);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const agency = knownAgency(words.slice(-n).join(' '));
    if (agency) return { names: words.slice(0, -n).join(' '), agency };
  }
  return null;
}

/** The people of one part of a byline ("Stella Kim and Jennifer Jett"), in name case, or null when a part of it
 * is not a name. A one-word name counts only when `single` (the byline names nobody else: `by Kay`). */
function people(part: string, single: boolean): string[] | null {
  const names = part
    .split(NAME_LIST)
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) return null;
  for (const name of names) {
    if (!isPersonName(name)) return null;
    if (!(single && names.length === 1) && !/\s/u.test(name) && !CJK_CHAR.test(name)) return null;
  }
  return names.map((n) => nameCase(n.replace(/(?<!\b(?:\p{Lu}|Jr|Sr))\.$/u, '')));
}

/** A person's name: capitalised words (or particles and initials), none of them a weekday, a month, a function
 * word or a possessive. */
function isPersonName(name: string): boolean {
  // a short Chinese or Japanese run reads as an outlet too ("新京报"); one that ends like an outlet's name is one
  const outlet = CJK_CHAR.test(name) ? CJK_OUTLET_SUFFIX.test(name) : outletName(name) !== null;
  if (!looksLikeName(name) || knownAgency(name) || outlet) return false;
  const words = name.split(/\s+/u);
  if (/['’]s$/u.test(name) || ARTICLES.has(words[0].toLowerCase())) return false;
  if (words.length === 1) return !isNotName(name) && !FUNCTION_WORDS.has(name.toLowerCase());
  return words.every((w) => !isNotName(w, false));
}

interface Credit {
  /** The credit as printed, label included. */
  text: string;
  names: string[];
  /** "Additional reporting by": people who helped, not authors. */
  additional: boolean;
}

function reportingCredits(text: string): Credit[] {
  return [...text.matchAll(REPORTING)].map((m) => {
    const names = m[2].split(NEXT_CREDIT)[0];
    const label = m[0].slice(0, m[0].length - m[2].length).replace(/^[.;(]\s*/u, '');
    return { text: label + names, names: splitNames(names).map(nameCase), additional: m[1] !== undefined };
  });
}

/** The authors a Reuters-style footer credits ("Reporting by A and B; Additional reporting by C" gives A, B). */
export function parseReporting(text: string): string[] {
  return reportingCredits(text)
    .filter((c) => !c.additional)
    .flatMap((c) => c.names);
}

/** Where the headline stands (a page may print it more than once): the copy taken, the last copy before the text,
 * and the first, where the article's header starts (title.ts headerTop: an earlier copy with the header's date
 * between, or the copy taken). */
export interface HeadlinePlace {
  first: number;
  taken: number;
  last: number;
}

/** `title`: where the headline stands, or null; `reporters`: names the dateline credits (`新华社北京3月4日电（记者
 * 王伟 李娜）`), used when there is no byline. */
export function extractByline(ctx: ExtractContext, title: HeadlinePlace | null, reporters: string[] = []): Byline {
  const found =
    headerByline(ctx, title) ?? closingByline(ctx) ?? (reporters.length ? { authors: reporters, agency: null } : { authors: [], agency: null });
  for (const block of tailBlocks(ctx, 6)) {
    const credits = reportingCredits(block.text);
    if (credits.length === 0) continue;
    consumeCredits(block, credits);
    const authors = credits.filter((c) => !c.additional).flatMap((c) => c.names);
    return { authors: [...new Set([...found.authors, ...authors])], agency: found.agency };
  }
  return found;
}

/** A byline line that ends the article ("By Owen Price, Local Democracy Reporter"), as some sites print it. */
function closingByline(ctx: ExtractContext): Byline | null {
  const o = ctx.doc.options.byline;
  for (const block of tailBlocks(ctx, o.closingReach)) {
    const short = block.text.length <= MAX_BYLINE_CHARS;
    const byline = short && BY.test(plainText(block.text)) && isFieldLine(ctx, block) ? parseByline(block.text, ctx.doc.options.fields) : null;
    if (byline && byline.authors.length) {
      consume(block, 'byline', `byline: ${byline.authors.join(', ')}`);
      return byline;
    }
  }
  return null;
}

/** The article's header, nearest the headline first: the lines under it down to the text, the lines above it,
 * then the top of the text. Without a headline, the lines above the text. */
function headerWindow(ctx: ExtractContext, title: HeadlinePlace | null): Block[] {
  const o = ctx.doc.options.byline;
  const top = articleTop(ctx, o.textTop);
  if (title === null) return [...headerBlocks(ctx, 10), ...top];
  const below = (i: number) => ctx.blocks.slice(i + 1, Math.min(ctx.bodyStart, i + 1 + o.belowTitle));
  const above = (i: number) => ctx.blocks.slice(Math.max(0, i - o.aboveTitle), i).reverse();
  // the headline taken first, then its copies (names under an earlier copy stand in the article's header too)
  const copies = [...new Set([title.taken, title.last, title.first])];
  return [...new Set([...copies.flatMap(below), ...copies.flatMap(above), ...top])];
}

function headerByline(ctx: ExtractContext, title: HeadlinePlace | null): Byline | null {
  const window = headerWindow(ctx, title);
  const o = ctx.doc.options.byline;
  // a labelled byline also above the page's first paragraph, where the headline found may not stand
  const labelled = [...window, ...ctx.blocks.slice(Math.max(0, ctx.firstParagraph - o.firstParagraphReach), ctx.firstParagraph).reverse()];
  for (const block of labelled) {
    // the lines of a block that ran them together; in prose, only its first (a wrapped sentence goes on "by ...")
    const lines = lineParts(ctx, block);
    for (const part of [...segments(block.text), ...(isParagraph(ctx.doc, block) ? lines.slice(0, 1) : lines)]) {
      const byline = part.length <= MAX_BYLINE_CHARS || BY.test(part) ? parseByline(part, ctx.doc.options.fields) : null;
      if (!byline) continue;
      const reason = `byline: ${byline.authors.join(', ') || byline.agency}`;
      // a byline line inside a block that ran lines together (html2text) is cut out of it
      if (!consumeIfFieldLine(ctx, block, 'byline', reason) && part.length <= MAX_BYLINE_CHARS && block.text !== part) cutFromText(block, part);
      return byline;
    }
  }
  // a name alone: the strongest, and of equals the first in the window (nearest under the headline)
  let best: { block: Block; name: string; strength: number } | null = null;
  for (const block of window) {
    const found = nameAmongFields(ctx, block) ?? bareName(ctx, block, title);
    if (found && (best === null || found.strength > best.strength)) best = { block, ...found };
  }
  if (best === null) return null;
  consume(best.block, 'byline', `byline: ${best.name}`);
  return { authors: [best.name], agency: null };
}

/** "04.02.2022 | 15:33 Uhr | Dennis Steimels": a name that is the one part of a line of fields that is no field. */
function nameAmongFields(ctx: ExtractContext, block: Block): { name: string; strength: number } | null {
  if (block.text.length > MAX_NAME_LINE) return null;
  const parts = segments(block.text);
  if (parts.length < 2) return null;
  const others = parts.filter((p) => !ctx.isField(p));
  return others.length === 1 && isBareName(others[0], functionWords(ctx), ctx.doc.options.byline) && !lowerWordIn(ctx, others[0]) ? { name: nameCase(others[0]), strength: 3 } : null;
}

function lowerWordIn(ctx: ExtractContext, name: string): boolean {
  return name.split(/\s+/u).some((w) => writesInLowerCase(paragraphTexts(ctx), w.toLowerCase()));
}

/** Longest line a name alone may stand on, with a date or a handle beside it. */
const MAX_NAME_LINE = 100;
/** An author's photo beside the name ("dsteer-headshot Dave Steer", "Steven Musil mugshot"). */
const AUTHOR_PHOTO = /\S*(?:headshot|mugshot|avatar|profilbild)\S*/giu;
const AUTHOR_PHOTO_WORD = /headshot|mugshot|avatar|profilbild/iu;
/** Image placeholders, bullets and html2text's heading asterisks around a name ("*** Jane Doe ***"). */
const NAME_LINE_JUNK = /\[[^\]]{0,100}\]|^\*{1,6}\s|\s\*{1,6}$|^[*•·+-]\s*/gu;
/** A word and a number: a month and a day when the word is a month ("Mar 17", "JAN. 13"). */
const WORD_NUMBER = /(\p{L}{3,9})\.?\s*\d/gu;

/** A date without its year, a time or a relative time ("Mar 17", "3:57 PM", "1 day ago", "8h", "5 min read"). */
function isDateLike(text: string): boolean {
  if (RELATIVE_OR_TIME.test(text)) return true;
  for (const m of text.matchAll(WORD_NUMBER)) if (monthNumber(m[1]) !== null) return true;
  return false;
}

/** How strongly a line of the header reads as an author's name alone: 3 beside a date, a time, a handle or the
 * author's photo on its line ("Jane Doe | March 4, 2019", "Alex Perry 1 day ago", "Devindra Hardawar, @devindra");
 * 2 on its own line next to a date line or a role ("Games Editor"); 1 on its own line right under the headline;
 * 0 when it is not a name. Names above the headline need 2: kickers and section names stand there. */
function bareName(ctx: ExtractContext, block: Block, title: HeadlinePlace | null): { name: string; strength: number } | null {
  const o = ctx.doc.options.byline;
  if (block.text.length > MAX_NAME_LINE || isParagraph(ctx.doc, block)) return null;
  const original = plainText(block.text);
  if (PHOTO_CREDIT.test(original)) return null;
  const photo = AUTHOR_PHOTO_WORD.test(original);
  const plain = unglued(original.replace(AUTHOR_PHOTO, ' ').replace(NAME_LINE_JUNK, ' ').replace(CONTACT, ' '));
  const end = NAMES_END.exec(plain);
  const printed = undoubled(end ? withoutDateWords(plain.slice(0, end.index)) : plain.replace(/[\s,;:]+$/u, ''));
  // a name in capitals ("NATALIYA VASILYEVA") is read in name case, and only over a date line (below)
  const capitals = !/\p{Ll}/u.test(printed) && /\p{Lu}\p{Lu}/u.test(printed);
  const name = capitals ? nameCase(printed) : printed;
  if (!isBareName(name, functionWords(ctx), o)) return null;
  // the headline's words are not a name ("Scientists Confirm 2023 as ..." above the same headline)
  if (title !== null && plainText(ctx.blocks[title.first].text).startsWith(printed)) return null;
  const rest = end ? plain.slice(end.index) : '';
  const below = title === null || block.index > title.first;
  // a name is no common word of the page's text ("Social Issues", "Open Future", "Aktuelle Meldungen")
  if (lowerWordIn(ctx, name)) return null;
  // beside a time or a relative time ("1 day ago", "8h", "8:02 pm"), or a date set apart by a dash, a bar or a
  // bullet ("Dan Goodin - Apr 16, 2015", "Jane Doe | March 4, 2019"), a handle or the author's photo
  if (rest !== '' && !capitals) {
    const apart = /^\s*[|•·—–-]/u.test(rest);
    const date = rest.replace(/^[\s|•·—–,-]+/u, '');
    return isDateOnly(date, o, ctx.doc.options.fields) && (apart || RELATIVE_OR_TIME.test(date)) ? { name: nameCase(name), strength: 3 } : null;
  }
  if (!capitals && (HANDLE.test(original) || photo)) return { name: nameCase(name), strength: 3 };
  // on a line of its own with a date line right under it; above the headline, where a category stands over the
  // date too ("Winter Games" over "02 Feb. 2022"), only over a reading time ("Jane Doe" over "5 min read", as
  // blogging platforms print the author's box)
  const next = ctx.blocks[block.index + 1];
  const nextShort = next !== undefined && next.text.length <= MAX_NAME_LINE;
  // a date line, or a line of fields with a date ("Associated Press | December 2, 2016")
  const dated = nextShort && (isDateOnly(plainText(next.text), o, ctx.doc.options.fields) || datedFieldLine(ctx, next));
  if (dated && (below || (READING_TIME.test(next.text) && !capitals))) return { name: nameCase(name), strength: 2 };
  if (!below || capitals) return null;
  // under the headline: with a role ("Games Editor") right under it, or printed again just below (an author's box
  // prints the name under the photo and as a link)
  if (nextShort && isRoleLine(next)) return { name: nameCase(name), strength: 2 };
  // (html2text runs the lines of an author's box together: each line is looked at)
  const nameLine = (line: string) => undoubled(plainText(line).replace(NAME_LINE_JUNK, ' ').trim()) === name;
  const again = ctx.blocks.slice(block.index + 1, block.index + o.repeatReach).some((b) => nameLine(b.text) || lineParts(ctx, b).some(nameLine));
  return again ? { name: nameCase(name), strength: 2 } : null;
}

/** A reading time: "5 min read", "on Mar 17 · 11 min". */
const READING_TIME = /\b\d+\s*min(?:ute)?s?\b/iu;
/** A time or a relative time: "8:02 pm", "1 day ago", "8h", "5 min". */
const RELATIVE_OR_TIME = /\b\d{1,2}:\d{2}\b|\b\d+\s*(?:h|hrs?|hours?|mins?|minutes?|d|days?|weeks?|months?)\b/iu;

/** The texts of the page's paragraphs, found once per page. */
const PARAGRAPH_TEXTS = new WeakMap<ExtractContext, string[]>();
function paragraphTexts(ctx: ExtractContext): string[] {
  let texts = PARAGRAPH_TEXTS.get(ctx);
  if (texts === undefined) PARAGRAPH_TEXTS.set(ctx, (texts = ctx.blocks.filter((b) => isParagraph(ctx.doc, b)).map((b) => b.text)));
  return texts;
}

/** A word of letters, apostrophes and hyphens: the runs the texts are read as words by. */
const WORD_CHARS = /^[\p{L}'’-]+$/u;
const WORD_CHAR = /^[\p{L}'’-]/u;

/** Whether `word` is a common word of the texts (not a name): it stands in them as a whole word (a run of letters,
 * apostrophes and hyphens), it starts in lower case, and it is no particle of a name ("van", "de"). Searched for
 * in the texts, not read from a set of all their words: a page asks about a few words. */
export function writesInLowerCase(texts: readonly string[], word: string): boolean {
  if (!/^\p{Ll}/u.test(word) || PARTICLES.has(word) || !WORD_CHARS.test(word)) return false;
  return texts.some((text) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (!wordCharBefore(text, at) && !(end < text.length && WORD_CHAR.test(text.slice(end, end + 2)))) return true;
    }
    return false;
  });
}

/** The code point before `at` (both halves of a surrogate pair) is a word character. */
function wordCharBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const pair = at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2));
  return WORD_CHAR.test(text.slice(pair ? at - 2 : at - 1, at));
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A date, a date without its year, a time or a relative time, with a few words at most around it ("Apr 16, 2015
 * 8:02 pm UTC", "1 day ago", "8h", "on Mar 17", "Updated Jul 24, 2018"). */
function isDateOnly(text: string, o: BylineOptions, fields: FieldOptions): boolean {
  if (text.length > o.maxDateRest) return false;
  if (isDatePart(text, fields)) return true;
  return isDateLike(text) && text.split(/[\s,]+/u).filter((w) => /\p{L}/u.test(w)).length <= 4;
}

/** A photo credit or caption: no byline. */
const PHOTO_CREDIT = /©|\b(?:photo(?:graph(?:er)?)?|foto(?:graf)?|bild|illustration|credit|image)s?\b/iu;

/** A line that is only a role ("Games Editor", "Staff Writer"), as printed under a name. */
function isRoleLine(block: Block): boolean {
  const text = plainText(block.text);
  return text.split(/\s+/u).length <= 4 && segments(text).length === 1 && isRole(text);
}

/** "Pippin Lee Pippin Lee" -> "Pippin Lee". */
function undoubled(text: string): string {
  const words = text.split(/\s+/u);
  const n = words.length / 2;
  return words.length >= 4 && words.length % 2 === 0 && words.slice(0, n).join(' ') === words.slice(n).join(' ') ? words.slice(0, n).join(' ') : text;
}

/** Words of the section and outlet names that stand where bylines do ("Tech Industry", "Yahoo Finance", "Shop
 * Subscribe"): a name without a label holding one is not a person's. */
const SECTION_WORDS = new Set(
  `finance insider tech technology business sport sports politics entertainment world health science opinion
  lifestyle travel culture magazine blog media markets money economy industry national international local weather
  latest trending popular video videos photos gallery live breaking features analysis review reviews shop subscribe
  home news editors pick picks notes question page reading time search close related similar recent more forum
  moderator union artikel beitrag beiträge meldungen themen nachrichten kommentar kommentare`.split(/\s+/u),
);

/** A name printed without a label must look like one on its own: name-shaped words (capitalised, not in capitals,
 * not function words), as many as the byline options allow (two at least, so that a one-word outlet is not taken
 * for one), so that labels such as "PAID CONTENT", "Die Tagespresse" or "Editors Pick" are not taken for names. */
function isBareName(name: string, functionWords: ReadonlySet<string>, o: BylineOptions): boolean {
  const words = name.split(/\s+/u);
  if (words.length < o.bareNameMinWords || words.length > o.bareNameMaxWords || !isPersonName(name) || outletName(name) !== null) return false;
  return words.every((w) => (NAME_WORD.test(w) || /^\p{Lu}\.$/u.test(w)) && !functionWords.has(w.toLowerCase()) && !SECTION_WORDS.has(w.toLowerCase()));
}

/** The function words of the page's language ("Die" is German for "the", "Dan" a name on an English page), or of
 * every language the cleaner knows when the page's is not known. */
function functionWords(ctx: ExtractContext): ReadonlySet<string> {
  const language = ctx.doc.language.words;
  return (language !== null ? STOPWORDS.get(language) : undefined) ?? FUNCTION_WORDS;
}

/** A footer of credits goes entirely; credits after the last sentence of a paragraph are cut from it. */
function consumeCredits(block: Block, credits: Credit[]): void {
  if (REPORTING_START.test(block.text)) consume(block, 'byline', 'reporting credit');
  else for (const credit of credits) if (credit.names.length) cutFromText(block, credit.text);
}
