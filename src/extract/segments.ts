// A header or footer line often carries several fields at once: `Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu
// Xuequan`, `By Zhang Yue | China Daily | Updated: 2019-03-04 07:46`, `2013年06月14日20:59  来源：中国新闻网  作者：李娜`.
// Cut at bars, spaced bullets, wide gaps, before a field label and before a month glued to the word before it, each
// part reads as one field on its own.
import { monthNumber } from '../text/months.js';
import { withoutLinkUnderlines } from '../text/link-underlines.js';

/** Bars, bullets with spaces around them (a bare "·" joins the parts of a transcribed name), gaps of 2+ spaces. */
const BREAK = /\s*[|｜]\s*|\s+[•·]\s+|\s{2,}|\u3000+/u;
/** A labelled field starts a new part even after a single space ("Source: Global Times Published: 2019/3/4").
 * The lookahead comes before the lookbehind so that a long run of spaces is rejected at once, not rescanned. */
const LABEL =
  /(?<=\S)\s+(?=(?:(?:last|first)\s+)?(?:sources?|published|updated|posted|editors?|web editor|authors?)\s*[:：])(?<!\b(?:last|first|web)\s+)|(?<=\S)\s*(?=(?:来源|出处|作者|记者|责任编辑|(?<!责任)编辑|发布时间|更新时间|(?<!发布|更新)时间)\s*[:：])/giu;
/** An update time printed after the publication time starts a part of its own, with or without a colon, after a
 * slash or a bracket: "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019", "Dec. 6, 2024, 10:00 PM UTC /
 * Updated Dec. 7, 2024", "30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)". */
const UPDATE =
  /(?<=[\p{L}\p{N}.)])\s{0,3}[/(]?\s{0,3}(?=(?:last\s{1,3})?(?:updated|modified|aktualisiert|mis\s{1,3}à\s{1,3}jour|actualizado|aggiornato|bijgewerkt)\b)(?<!\blast\s{0,3})/giu;
/** A month's name glued to the word before it and followed by a day ("Associated PressDecember 2, 2016", "Yahoo
 * FinanceOctober 13, 2016"): the page printed a credit and a date in elements of their own, without a space. */
const GLUED_MONTH = /(?<=\p{Ll})(\p{Lu}\p{Ll}{2,8})(?=\.?\s?\d)/gu;
const GLUED_CAPITAL = /\p{Ll}\p{Lu}/u;
const COLON = /[:：]/;
const UPDATE_WORD = /updated|modified|aktualisiert|jour|actualizado|aggiornato|bijgewerkt/iu;
const CUT = '\u0000';
const PARTS = new RegExp(`${CUT}|${BREAK.source}`, 'u');

/** A web address standing as a part of a line ("By Zhang Yue | chinadaily.com.cn | Updated: ..."). */
export const WEB_ADDRESS = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/iu;

/** Markup that text converters leave around words: markdown emphasis and links (html2text), link numbers (lynx). */
const EMPHASIS = /\*\*|__/gu;
const MARKDOWN_LINK = /\[([^\]]{0,300})\]\([^)\s]{0,500}\)/gu;
const LINK_NUMBER = /\[\d{1,4}\]/gu;
const MARKUP_CHAR = /[[*_]/;

/** The text of a line without converter markup: `**By Jane Doe**` -> `By Jane Doe`, `[World](/world)` -> `World`,
 * `By_Jane_Doe` -> `By Jane Doe`. */
export function plainText(text: string): string {
  // every piece of markup holds a bracket, an asterisk or an underscore; most lines hold none
  if (!MARKUP_CHAR.test(text)) return text.trim();
  return withoutLinkUnderlines(text.replace(MARKDOWN_LINK, '$1').replace(LINK_NUMBER, '').replace(EMPHASIS, '')).trim();
}

/** The parts of a line, trimmed and without markup, in order; a line without separators is one part. */
export function segments(text: string): string[] {
  return partsOf(plainText(text));
}

/** The parts of a line already without markup (`plainText`). */
export function partsOf(plain: string): string[] {
  // the cuts need a colon, an update word or a capital after a small letter: looked for first, as most lines have none
  const unglued = GLUED_CAPITAL.test(plain) ? plain.replace(GLUED_MONTH, (word) => (monthNumber(word) === null ? word : CUT + word)) : plain;
  const labelled = COLON.test(unglued) ? unglued.replace(LABEL, CUT) : unglued;
  const cut = UPDATE_WORD.test(labelled) ? labelled.replace(UPDATE, CUT) : labelled;
  // most lines hold no break at all: one part, without splitting
  if (!PARTS.test(cut)) {
    const part = cut.trim();
    return part === '' ? [] : [part];
  }
  return cut
    .split(PARTS)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .reduce<string[]>((parts, part) => {
      // "By  JANE ROE": the word that opens a byline, set apart by a wide gap, belongs to the name after it
      if (parts.length > 0 && BYLINE_WORD.test(parts[parts.length - 1])) parts[parts.length - 1] += ` ${part}`;
      else parts.push(part);
      return parts;
    }, []);
}

const BYLINE_WORD = /^(?:by|von|par|por|door)$/iu;
