// Fields from the page's metadata merged with the fields the text extractors read: the publisher's explicit
// statements (JSON-LD, Open Graph and <title> headline; JSON-LD, marked byline and meta authors; publication time)
// take precedence; weaker hints (<h1>, breadcrumb list, article:section) fill only what the text left empty. A headline taken
// from metadata that is also printed on the page leaves the body as `field:title`, as a text headline would.
import type { Block, Doc, Fields } from '../pipeline/doc.js';
import { consume } from '../extract/context.js';
import { paragraphKey } from '../text/tokens.js';
import type { PageMetadata } from './metadata.js';

export function mergeMetadataFields(doc: Doc, meta: PageMetadata): Fields {
  const text = doc.fields;
  const title = meta.explicit.title ?? text.title ?? meta.fallback.title;
  if (title !== null && title !== text.title) consumePrintedTitle(doc, title);
  const authors = meta.explicit.authors.length ? meta.explicit.authors : text.authors.length ? text.authors : meta.fallback.authors;
  if (authors.length && !text.authors.length) consumeBareByline(doc, authors);
  return {
    title,
    section: text.section.length ? text.section : meta.fallback.section,
    published: meta.explicit.published ?? text.published ?? meta.fallback.published,
    dateline: text.dateline,
    agency: text.agency ?? meta.fallback.agency,
    authors,
    editors: text.editors,
  };
}

/**
 * A line that is only the authors' names ("Helen Cartwright", no "By") reads as a short paragraph in the text;
 * once the metadata names the authors, such a line near the top of the article is the byline, not body.
 */
function consumeBareByline(doc: Doc, authors: string[]): void {
  const keys = new Set([...authors.map(paragraphKey), paragraphKey(authors.join(' '))]);
  const first = doc.blocks.findIndex((b) => b.decision.keep);
  if (first < 0) return;
  for (const block of doc.blocks.slice(0, first + doc.options.html.bylineReach + 1)) {
    if (block.decision.rule.startsWith('field:') || !keys.has(block.key)) continue;
    consume(block, 'byline', `byline: the authors the page metadata names`);
    return;
  }
}

/** The first block that prints the headline (not already taken by another field) is the title, not body. */
function consumePrintedTitle(doc: Doc, title: string): void {
  const key = paragraphKey(title);
  if (key === '') return;
  const block = doc.blocks.find((b) => !b.decision.rule.startsWith('field:') && b.key === key);
  if (block) consume(block, 'title', 'headline stated in the page metadata');
}

const HEADING = /^h([1-3])$/;

/**
 * The headline as the markup marks it: among the header-zone blocks given (nearest the article first), the
 * highest-ranking heading (<h1> before <h2> before <h3>), the nearest of its rank, outside navigation and
 * furniture. Null for text dumps and pages without such a heading.
 */
export function markedHeadline(headerNearestFirst: Block[]): Block | null {
  let best: Block | null = null;
  let bestLevel = 4;
  for (const block of headerNearestFirst) {
    const m = block.html ? HEADING.exec(block.html.tag) : null;
    if (!m || block.html!.landmark || block.html!.hint) continue;
    const level = Number(m[1]);
    if (level < bestLevel) {
      best = block;
      bestLevel = level;
    }
  }
  return best;
}
