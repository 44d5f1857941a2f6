// Stage 7: the record's fields, read from the page around the article that the classifier found. Extractors run
// in an order where each can rely on the lines the earlier ones took (the headline is found by passing over
// date, byline, source and breadcrumb lines). A line that served as a field leaves the body under `field:*`.
import type { Doc, Fields } from '../pipeline/doc.js';
import { makeContext } from './context.js';
import { extractSection } from './section.js';
import { extractAgencyLine } from './agency.js';
import { extractByline } from './byline.js';
import { extractEditors } from './editors.js';
import { extractTitle } from './title.js';
import { extractPublished } from './published.js';
import { extractDateline } from './dateline.js';

export function extractFields(doc: Doc): Fields {
  const ctx = makeContext(doc);
  const section = extractSection(ctx);
  const creditedAgency = extractAgencyLine(ctx);
  const byline = extractByline(ctx);
  const editors = extractEditors(ctx);
  const { title, index: headerTop } = extractTitle(ctx);
  const published = extractPublished(ctx, headerTop);
  const dateline = extractDateline(ctx);
  const agency = creditedAgency ?? dateline?.agency ?? byline.agency ?? null;
  return { title, section, published, dateline, agency, authors: byline.authors, editors };
}
