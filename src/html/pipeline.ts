// An HTML page through the cleaner: parse it, render its blocks with their HTML evidence, and run the same
// stages as a text dump from the features on, with two HTML steps: markup evidence decides blocks after the
// classifier, and the page's metadata joins the fields the text extractors read.
import type { Doc } from '../pipeline/doc.js';
import { decideDoc, prepareBlocks } from '../pipeline/index.js';
import type { CleanOptions } from '../options.js';
import type { CorpusProfile } from '../corpus/profile.js';
import { findElement, parseHtml } from './dom.js';
import { renderBlocks } from './render.js';
import { applyHtmlEvidence } from './evidence.js';
import { readMetadata } from './metadata.js';
import { mergeMetadataFields } from './fields.js';

export function runHtmlPipeline(html: string, source: string, options: CleanOptions, profile: CorpusProfile | null = null): Doc {
  const dom = parseHtml(html);
  const { paragraphs, lines } = renderBlocks(findElement(dom, 'body'));
  const metadata = readMetadata(dom);
  const doc = prepareBlocks(paragraphs, { source, text: lines.join('\n'), lines, wrapWidth: null }, options);
  doc.profile = profile;
  return decideDoc(doc, { afterClassify: applyHtmlEvidence, afterFields: (d) => mergeMetadataFields(d, metadata) });
}
