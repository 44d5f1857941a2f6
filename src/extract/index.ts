// Stage 7: the record's fields, read from the page around the article that the classifier found. The headline
// comes first: the article starts at the first paragraph under it, and the byline, the date and the source credit
// are looked for in the window around the two. A line that served as a field leaves the body under `field:*`; a
// line that holds several fields (`Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu Xuequan`) leaves it under the
// rule of the first field that took it.
import type { Doc, Fields } from '../pipeline/doc.js';
import { makeContext, startArticleAfter } from './context.js';
import { extractSection } from './section.js';
import { extractAgencyLine, isOwnOutlet, parseCreditLine } from './agency.js';
import { extractByline, parseByline } from './byline.js';
import { extractEditors, isEditorCredit } from './editors.js';
import { extractTitle, type TitleTrace } from './title.js';
import { extractPublished, isDatePart } from './published.js';
import { extractDateline } from './dateline.js';
import type { FieldOptions } from '../options.js';

/** A part of a line that is one field and nothing else, or an interface word printed with the fields ("8 min
 * read", "(BUTTON) Comments", "12 comments"). */
export function isFieldPart(part: string, o: FieldOptions): boolean {
  return isDatePart(part, o) || (part.length <= MAX_INTERFACE_PART && INTERFACE_PART.test(part)) || parseCreditLine(part) !== null || parseByline(part, o) !== null || isEditorCredit(part);
}

/** Longest part that can be an interface word or two with a number. */
const MAX_INTERFACE_PART = 40;
/** A reading time, a comments link or a counter, a button: what sites print beside the date and the byline. */
const INTERFACE_PART =
  /^(?:\d+\s*(?:min(?:ute)?s?|minuten?)\.?(?:\s+(?:read|lesezeit|de\s+lecture|de\s+lectura))?|(?:reading\s+time|lesezeit|temps\s+de\s+lecture)\s*:?\s*\d+\s*min\.?|(?:\(BUTTON\)\s*)?(?:\d+\s+)?(?:comments?|kommentare?|commentaires?|comentarios?)(?:\s*\(\d+\))?|\(BUTTON\)(?:\s+\p{L}+){0,2})$/iu;

/** What the extractors considered on the way, for the fitter (scripts/fit/fields.ts). */
export interface FieldTrace {
  title?: TitleTrace;
}

/** Whether a text is a line of fields depends on the text and the field options alone, and the pages of a site
 * repeat their header and footer lines: the answers are kept for the pages a thread cleans with the same options. */
const FIELD_LINES = new WeakMap<FieldOptions, Map<string, boolean>>();
/** Texts whose answers are kept, for one options object: a bound on memory (the lines are short: `maxFieldLine`). */
const MAX_FIELD_LINES = 10_000;

function knownFieldLines(o: FieldOptions): Map<string, boolean> {
  let known = FIELD_LINES.get(o);
  if (known === undefined || known.size >= MAX_FIELD_LINES) FIELD_LINES.set(o, (known = new Map()));
  return known;
}

export function extractFields(doc: Doc, trace?: FieldTrace): Fields {
  const o = doc.options.fields;
  const ctx = makeContext(doc, (part) => isFieldPart(part, o), knownFieldLines(o));
  const section = extractSection(ctx);
  // editors before the byline: a Reuters footer names both, and the byline takes its part out of a paragraph
  const editors = extractEditors(ctx);
  // the headline next: the article starts at the first paragraph under it, and its other fields are around it
  const title = extractTitle(ctx, trace ? (trace.title = {}) : undefined);
  if (title.title !== null) startArticleAfter(ctx, title.last);
  const creditedAgency = extractAgencyLine(ctx);
  const dateline = extractDateline(ctx);
  const headline = title.title === null ? null : { first: Math.min(title.headerTop, title.index), taken: title.index, last: title.last };
  const byline = extractByline(ctx, headline, dateline?.reporters);
  const published = extractPublished(ctx, title.headerTop, title.title !== null, dateline?.dateline ?? null);
  // a paper crediting itself ("China Daily" on China Daily's pages) names no agency; a dateline names a wire's
  const other = (name: string | null | undefined) => (name && !isOwnOutlet(ctx, name) ? name : null);
  const agency = other(creditedAgency) ?? dateline?.dateline.agency ?? other(byline.agency) ?? null;
  return {
    title: title.title,
    section,
    published,
    dateline: dateline?.dateline ?? null,
    agency,
    authors: byline.authors,
    editors,
  };
}
