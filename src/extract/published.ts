// Publication time, from a date line: a date with nothing around it but labels, time zones, weekdays or "2 hours
// ago" (`Updated: 2013-06-15 07:46`, `Published 3:42 PM ET, Mon March 4, 2019`), or the date of a line of fields
// (`Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu Xuequan`, `By Kate Morris, March 4, 2019`). Looked for, in order:
//  1. the article header: the lines between the headline and the text (or, without a headline, the field lines
//     right above the text); a publication time wins over an update time printed before it;
//  2. the lines right above the headline;
//  3. date lines among the article's first lines;
//  4. after the article, before its comments, a line that says it gives the publication ("Published ...");
//  5. a dateline that prints the year (`WASHINGTON, March 4, 2019 (UPI) --`).
// Other dates are not publication dates: a headline list prints a headline after its date ("March 1, 2019 -
// School board ..."), prose mentions the dates of events, and comments have their own.
import type { Block } from '../pipeline/doc.js';
import type { Dateline } from '../schema.js';
import type { ExtractContext } from './context.js';
import { articleTop, consumeIfFieldLine, headerBlocks, isFieldLine, tailBlocks } from './context.js';
import { findDate, numericOrder, type FoundDate, type NumericOrder } from './date.js';
import { segments } from './segments.js';
import { words } from '../text/tokens.js';
import type { FieldOptions } from '../options.js';

/** Words a date line may carry besides the date and its time (English first, then the other languages of date.ts). */
const LABELS = new Set(
  `published publish posted updated update last modified first created date time on at am pm a.m p.m
  et est edt ct cst cdt mt mst mdt pt pst pdt gmt bst utc cet cest eet eest wet west ist jst kst hkt sgt aest bjt z
  mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday
  ago hour hours hr hrs minute minutes min mins day days
  um uhr stand aktualisiert veröffentlicht le à publié mis jour publicado actualizado el las pubblicato aggiornato
  il alle ore gepubliceerd bijgewerkt op om publicada em às atualizado atualizada`.split(/\s+/),
);
/** Chinese labels and weekdays, taken out before words are counted (CJK text counts one word per character). */
export const CJK_LABELS = /(?:发布|更新)?时间|日期|发布于?|更新于?|发表于|星期[一二三四五六日天]|周[一二三四五六日]|北京时间/gu;
const CJK_RUN = /\p{Script=Han}+/gu;
/** What both need (every character of CJK_LABELS is Han): most date lines hold none, and are left as they are. */
const HAN = /\p{Script=Han}/u;
/** Longest part that can be a time alone ("at 10:05 a.m. EST"); also keeps TIME_ONLY's run of spaces short. */
const MAX_TIME_PART = 40;
/** A time alone, as one part of a line of fields: "20:59 | June 14, 2013". */
const TIME_ONLY = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\p{Lu}{2,4})?$/iu;
/** A line that says its date is the publication's; after the article only such a line counts (comments have dates
 * too), and in the header it wins over an update time. */
const PUBLICATION_LABEL = /^(?:(?:first|originally)\s+)?(?:published|posted|publication date)\b|^(?:发布|发表)(?:时间|于)?/iu;
const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified|更新)/iu;
/** The start of the comments: a heading or an invitation to comment. */
const COMMENTS = /^(?:\d+\s+)?(?:comments?|replies|responses|reader comments|discussion|leave a (?:comment|reply)|join the (?:discussion|conversation)|(?:网友)?评论|留言)(?![\p{L}\p{N}])/iu;

/** A line of fields, one of them a date ("March 4, 2019", "Associated Press | December 2, 2016"). */
export function datedFieldLine(ctx: ExtractContext, block: Block): boolean {
  return isFieldLine(ctx, block) && segments(block.text).some((part) => isDatePart(part, ctx.doc.options.fields));
}

/** The date of a line that is a date and labels only; null for any other line. */
export function dateLineDate(text: string, order: NumericOrder | null, o: FieldOptions): FoundDate | null {
  if (text.length > o.maxDateLine) return null;
  const found = findDate(text, o, order);
  if (!found) return null;
  // a run of Chinese characters counts as one word ("2019年03月04日 15:42 新京报": the outlet's name)
  const around = text.slice(0, found.start) + ' ' + text.slice(found.end);
  const rest = HAN.test(around) ? around.replace(CJK_LABELS, ' ').replace(CJK_RUN, ' 字 ') : around;
  const other = words(rest.toLowerCase()).filter((w) => !LABELS.has(w) && !/^\d+$/.test(w));
  return other.length <= o.maxOtherWords ? found : null;
}

/** A part of a line of fields that is a date line or a time. Any numeric order will do to recognise a date. */
export function isDatePart(part: string, o: FieldOptions): boolean {
  return dateLineDate(part, 'dmy', o) !== null || (part.length <= MAX_TIME_PART && (TIME_ONLY.test(part) || RELATIVE_TIME.test(part)));
}

/** A time relative to now, with its label: "Updated 2 hours ago", "vor 3 Stunden", "il y a 2 heures". */
const RELATIVE_TIME =
  /^(?:(?:last\s+)?(?:updated|posted|published|aktualisiert|mis\s+à\s+jour)\s*:?\s*)?(?:\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?)\s+ago|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)|il\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?))$/iu;

/** The publication date a block gives: the date of a line that holds nothing but fields (`Updated: 2013-06-15
 * 07:46`, `Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu Xuequan`, `By Kate Morris, March 4, 2019`). */
function blockDate(ctx: ExtractContext, block: Block, order: NumericOrder | null): FoundDate | null {
  if (!isFieldLine(ctx, block)) return null;
  const shortOrder = SHORT_DATE_ORDER.get(ctx.doc.language.words ?? '') ?? null;
  // "Updated 15/03/2019 | Posted 04/03/2019": the publication's part
  const labelled = segments(block.text).find((p) => PUBLICATION_LABEL.test(p) && findDate(p, ctx.doc.options.fields, order, shortOrder));
  // a date glued to the credit before it ("ReutersMarch 3, 2021") shows once the line is cut into its parts
  return findDate(labelled ?? block.text, ctx.doc.options.fields, order, shortOrder) ?? findDate(segments(block.text).join(' | '), ctx.doc.options.fields, order, shortOrder);
}

/** The order of a two-digit-year date that shows none (9/11/13), by the page's language: month first in English
 * (the American short form; British pages spell the month out), day first in the other languages. */
const SHORT_DATE_ORDER: ReadonlyMap<string, NumericOrder> = new Map([
  ['en', 'mdy'],
  ...['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'no', 'fi', 'cs', 'ru', 'tr', 'ro'].map((l) => [l, 'dmy'] as [string, NumericOrder]),
]);

/** An update time printed before the publication time comes after it in preference. */
function updatesLast(blocks: Block[]): Block[] {
  const update = (b: Block) => UPDATE_LABEL.test(b.text);
  return [...blocks.filter((b) => !update(b)), ...blocks.filter(update)];
}

/** After the article: blocks up to the comments, which carry dates of their own. */
function tailBeforeComments(ctx: ExtractContext): Block[] {
  const out: Block[] = [];
  for (const block of tailBlocks(ctx, 4)) {
    if (block.features.counter || COMMENTS.test(block.text)) break;
    out.push(block);
  }
  return out;
}

/** `headerTop`: index of the headline (`titled`), or else of the top of the field lines right above the text.
 * Without a date line, a dateline that prints the year (`WASHINGTON, March 4, 2019 (UPI) --`) dates the story. */
export function extractPublished(ctx: ExtractContext, headerTop: number, titled: boolean, dateline: Dateline | null): string | null {
  const header = headerBlocks(ctx, 30, true);
  const order = numericOrder(header.map((b) => b.text));
  const articleHeader = updatesLast(header.filter((b) => b.index >= headerTop).reverse());
  const aboveTitle = titled ? header.filter((b) => b.index < headerTop && b.index >= headerTop - ctx.doc.options.fields.publishedAboveTitle) : [];
  const tail = tailBeforeComments(ctx).filter((b) => PUBLICATION_LABEL.test(b.text));
  for (const block of [...articleHeader, ...aboveTitle, ...articleTop(ctx), ...tail]) {
    const found = blockDate(ctx, block, order);
    if (!found) continue;
    consumeIfFieldLine(ctx, block, 'published', `publication date ${found.iso}`);
    return found.iso;
  }
  return dateline?.date ? (findDate(dateline.date, ctx.doc.options.fields)?.iso ?? null) : null;
}
