// Stage 4: compute each block's features once, into a plain record that the classifier and `--explain` read.
// All features are cheap and language-aware: sizes, stop-word density in the page's language, punctuation,
// capitalisation, digits and symbols, list markers, link-like and widget-like text, and position in the page.
import type { Paragraph } from './doc-parts.js';
import { keyFromWords, words } from '../text/tokens.js';
import { charClass, DIGIT, isTableRow, isWideCode, LETTER, SPACE, UPPER } from '../text/script.js';
import { languageMasks, stopwordDensity, type PageLanguages } from '../text/stopwords.js';
import { BOILERPLATE_PHRASE, COUNTER, isCaption, isSeparatedItems, WIDGET_VOCABULARY } from '../text/vocabulary.js';
import { findDate, type DateOptions } from '../extract/date.js';

export interface Features {
  /** Length in columns: a wide CJK character counts two, as it carries about as much text as two Latin letters. */
  chars: number;
  words: number;
  /** Share of tokens that are function words of the page's language. */
  stopwords: number;
  /** Ends like a sentence (., !, ?, closing quote after one, CJK full stop). */
  terminal: boolean;
  /** Number of sentence ends inside the block. */
  sentences: number;
  /** Share of word tokens that start with a capital letter. */
  capitalised: number;
  /** Share of letters that are capitals. */
  upper: number;
  /** Share of non-space characters that are digits. */
  digits: number;
  /** Share of non-space characters that are neither letters nor digits. */
  symbols: number;
  list: 'bullet' | 'numbered' | null;
  /** Contains a URL, e-mail address or a file name. */
  linkLike: boolean;
  /** Share of tokens that are interface words (share, print, comments, login, ...). */
  widgetWords: number;
  /** Has a "12 comments"-style counter. */
  counter: boolean;
  /** Short items separated by bars or bullets ("Email | Print | Comments"). */
  separated: boolean;
  /** Renderer residue: image file names in brackets, IFRAME lines, form fields, buttons. */
  residue: boolean;
  endsWithColon: boolean;
  /** Ends with a question mark (a question heading or a Q&A line). */
  question: boolean;
  /** Starts with a lower-case letter: a fragment cut from a sentence, or a list item continuing one. */
  lowerStart: boolean;
  /** Starts with a quotation mark (quoted speech is article text). */
  quoteStart: boolean;
  /** Carries a copyright notice or a rights reservation. */
  copyright: boolean;
  /** Contains a phrase of page furniture ("subscribe", "read more", "related articles", "Anzeige", ...). */
  boilerplatePhrase: boolean;
  /** A photo caption or credit ("Foto: ...", "(Photo: AP)", "©"). */
  caption: boolean;
  /** Columns separated by runs of spaces, as text renderers print table rows. */
  tableRow: boolean;
  /** Mostly a date (a dateline of the page, or of a comment or a list entry). */
  dateLike: boolean;
  /** Physical lines the paragraph was joined from. */
  lines: number;
  /** Block index divided by the number of blocks (0 = top of the page). */
  position: number;
}

const QUOTE_START = /^["'“”„‚‘’«»「『]/u;
const ASCII_DIGITS = /\d+/g;
// what a block ends with, read backwards from its end (a pattern anchored at the end would be tried from every
// position of the block): `/[:：]$/`, `/[?？]["'”’»)]*$/u`, `/[.!?。！？…]["'”’»)\]]*$/u`
const COLONS = ':：';
const QUESTION_MARKS = '?？';
const QUESTION_CLOSERS = `"'”’»)`;
const SENTENCE_STOPS = '.!?。！？…';
const TERMINAL_CLOSERS = `"'”’»)]`;
const LOWER_START = /^\p{Ll}/u;
// matched on lower-cased text (as are the vocabulary's COUNTER, BOILERPLATE_PHRASE and CAPTION): case-insensitive
// matching of long alternations under `u` is several times slower than lower-casing the text once
const COPYRIGHT = /©|\(c\)\s*\d{4}|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\bcopyright\b/u;
const SENTENCE_END = /[.!?。！？](?:["'”’»)\]]*)(?:\s|$)/gu;
/** A URL, an e-mail address, or a file name: a word character, perhaps hyphens, a dot and an extension. The file
 * name is matched from its last word character (the same matches as a whole `\b[\w-]+\.ext` word), so a match is
 * tried in a few steps at each position instead of backing off along every word. */
const LINK_LIKE = /(?:https?:\/\/|www\.)\S|[\w.+-]@[\w-]+\.\w{2,}|\w-*\.(?:png|jpe?g|gif|svg|webp|pdf|html?|php|aspx?)\b/u;
const RESIDUE = /^\[[^\]]*\]$|^\[[^\]]*\.(?:png|jpe?g|gif|svg|webp)\]|^IFRAME:|\(BUTTON\)|\(RADIO\)|\(CHECKBOX\)|_{4,}|\[[ xX]\]\s|^\(\*\)|^\( \)/u;

/** Pattern features only look at the start of a block: they matter for short blocks, and this keeps a
 * pathological multi-megabyte line linear. */
const PATTERN_REACH = 1000;

/** A block's word tokens as written and in lower case: made once per block, for the page's language guess and
 * the block's features. */
export interface BlockWords {
  tokens: string[];
  lower: string[];
  /** The stop-word lists that hold each lower-cased token (`languageMasks`). */
  languages: Int32Array;
  /** The text's comparison key (`paragraphKey`), from the same words where they serve. */
  key: string;
}

export function blockWords(text: string): BlockWords {
  const tokens = words(text);
  const lower = tokens.map((t) => t.toLowerCase());
  return { tokens, lower, languages: languageMasks(lower), key: keyFromWords(text, lower) };
}

/** `dates`: how dates are read (the options' field group). */
export function computeFeatures(p: Paragraph, index: number, total: number, language: PageLanguages, dates: DateOptions, own: BlockWords = blockWords(p.text)): Features {
  const text = p.text;
  const head = text.slice(0, PATTERN_REACH);
  const headLower = head.toLowerCase();
  const { tokens, lower } = own;
  let nonSpace = 0;
  let digits = 0;
  let letters = 0;
  let upper = 0;
  // wide characters (as displayWidth counts them: BMP code points, so never one of a surrogate pair)
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    if (isWideCode(codePoint)) wide++;
    const cls = charClass(codePoint);
    const units = codePoint > 0xffff ? 2 : 1;
    i += units - 1;
    if (cls === SPACE) continue;
    nonSpace += units;
    if (cls === DIGIT) digits++;
    else if (cls === UPPER || cls === LETTER) {
      letters++;
      if (cls === UPPER) upper++;
    }
  }
  let wordTokens = 0;
  let capitalised = 0;
  for (const t of tokens) {
    const codePoint = t.codePointAt(0)!;
    const first = charClass(codePoint);
    if (first !== UPPER && first !== LETTER) continue;
    wordTokens++;
    // as the first UTF-16 unit reads: a capital outside the BMP (a surrogate pair) does not count
    if (first === UPPER && codePoint <= 0xffff) capitalised++;
  }
  // interface words are looked up without their ASCII digits ("covid19" -> "covid"); tokens of digits alone count
  // neither way
  let letterWords = 0;
  let widget = 0;
  for (const t of lower) {
    const w = hasAsciiDigit(t) ? t.replace(ASCII_DIGITS, '') : t;
    if (w === '') continue;
    letterWords++;
    if (WIDGET_VOCABULARY.has(w)) widget++;
  }
  return {
    chars: text.length + wide,
    words: tokens.length,
    stopwords: stopwordDensity(lower, language, own.languages),
    terminal: endsLikeSentence(text),
    sentences: (text.match(SENTENCE_END) ?? []).length,
    capitalised: wordTokens ? capitalised / wordTokens : 0,
    upper: letters ? upper / letters : 0,
    digits: nonSpace ? digits / nonSpace : 0,
    symbols: nonSpace ? (nonSpace - digits - letters) / nonSpace : 0,
    list: p.kind === 'text' ? null : p.kind,
    linkLike: LINK_LIKE.test(headLower),
    widgetWords: letterWords ? widget / letterWords : 0,
    counter: COUNTER.test(headLower),
    separated: isSeparatedItems(text),
    residue: RESIDUE.test(head),
    endsWithColon: endsAfterClosers(text, COLONS, ''),
    question: endsAfterClosers(text, QUESTION_MARKS, QUESTION_CLOSERS),
    lowerStart: LOWER_START.test(text),
    quoteStart: QUOTE_START.test(text),
    copyright: COPYRIGHT.test(headLower),
    boilerplatePhrase: BOILERPLATE_PHRASE.test(headLower),
    caption: isCaption(headLower),
    tableRow: isTableRow(head),
    dateLike: isDateLike(head, dates),
    lines: p.endLine - p.startLine + 1,
    position: total > 1 ? index / (total - 1) : 0,
  };
}

/** Whether the text ends with one of `stops`, perhaps followed by characters of `closers` (all of them single UTF-16
 * units: a surrogate is neither). */
export function endsAfterClosers(text: string, stops: string, closers: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && closers.includes(text[i])) i--;
  return i >= 0 && stops.includes(text[i]);
}

/** Text that ends as a sentence does, closing quotes and brackets allowed after the stop. */
export function endsLikeSentence(text: string): boolean {
  return endsAfterClosers(text, SENTENCE_STOPS, TERMINAL_CLOSERS);
}

/** `/\d/.test(t)`: an ASCII digit, without a regular expression for each token. */
function hasAsciiDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A short block that is mostly a date: "19. Oktober 2019, 19:08 Uhr", "Posted on March 3, 2020". */
function isDateLike(text: string, dates: DateOptions): boolean {
  if (text.length > 80) return false;
  const found = findDate(text, dates);
  return found !== null && found.end - found.start >= text.length * 0.4;
}
