// Stage 7: the record's fields, read from the page around the article that the classifier found. Extractors run
// in an order where each can rely on the lines the earlier ones took (the headline is found by passing over
// date, byline, source and breadcrumb lines). A line that served as a field leaves the body under `field:*`; a
// line that holds several fields (`Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu Xuequan`) leaves it under the
// rule of the first field that took it.
import type { Doc, Fields } from '../pipeline/doc.js';
import { makeContext } from './context.js';
import { extractSection } from './section.js';
import { extractAgencyLine, parseCreditLine } from './agency.js';
import { extractByline, parseByline } from './byline.js';
import { extractEditors, isEditorCredit } from './editors.js';
import { extractTitle, type TitleTrace } from './title.js';
import { extractPublished, isDatePart } from './published.js';
import { extractDateline } from './dateline.js';

/** A part of a line that is one field and nothing else. */
export function isFieldPart(part: string): boolean {
  return isDatePart(part) || parseCreditLine(part) !== null || parseByline(part) !== null || isEditorCredit(part);
}

/** What the extractors considered on the way, for the fitter (scripts/fit/fields.ts). */
export interface FieldTrace {
  title?: TitleTrace;
}

export function extractFields(doc: Doc, trace?: FieldTrace): Fields {
  const ctx = makeContext(doc, isFieldPart);
  const section = extractSection(ctx);
  const creditedAgency = extractAgencyLine(ctx);
  // editors before the byline: a Reuters footer names both, and the byline takes its part out of a paragraph
  const editors = extractEditors(ctx);
  const dateline = extractDateline(ctx);
  const byline = extractByline(ctx, dateline?.reporters);
  const title = extractTitle(ctx, trace ? (trace.title = {}) : undefined);
  const published = extractPublished(ctx, title.index, title.title !== null, dateline?.dateline ?? null);
  const agency = creditedAgency ?? dateline?.dateline.agency ?? byline.agency ?? null;
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
