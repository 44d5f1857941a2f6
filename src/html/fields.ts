// Fields from the page's metadata merged with the fields the text extractors read: the publisher's explicit
// statements (JSON-LD headline, authors, publication time) take precedence; weaker hints (Open Graph title, <h1>,
// <title>, meta author, breadcrumb list, article:section) fill only what the text left empty. A headline taken
// from metadata that is also printed on the page leaves the body as `field:title`, as a text headline would.
import type { Doc, Fields } from '../pipeline/doc.js';
import { consume } from '../extract/context.js';
import { paragraphKey } from '../text/tokens.js';
import type { PageMetadata } from './metadata.js';

export function mergeMetadataFields(doc: Doc, meta: PageMetadata): Fields {
  const text = doc.fields;
  const title = meta.explicit.title ?? text.title ?? meta.fallback.title;
  if (title !== null && title !== text.title) consumePrintedTitle(doc, title);
  return {
    title,
    section: text.section.length ? text.section : meta.fallback.section,
    published: meta.explicit.published ?? text.published ?? meta.fallback.published,
    dateline: text.dateline,
    agency: text.agency ?? meta.fallback.agency,
    authors: meta.explicit.authors.length ? meta.explicit.authors : text.authors.length ? text.authors : meta.fallback.authors,
    editors: text.editors,
  };
}

/** The first block that prints the headline (not already taken by another field) is the title, not body. */
function consumePrintedTitle(doc: Doc, title: string): void {
  const key = paragraphKey(title);
  if (key === '') return;
  const block = doc.blocks.find((b) => !b.decision.rule.startsWith('field:') && paragraphKey(b.text) === key);
  if (block) consume(block, 'title', 'headline stated in the page metadata');
}
