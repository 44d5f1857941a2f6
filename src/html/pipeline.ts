// An HTML page through the cleaner: parse it, render its blocks with their HTML evidence, find the element that
// holds the article, and run the same stages as a text dump from the features on, with two HTML steps: the markup
// and the text classifier decide blocks together (decide.ts), and the page's metadata joins the fields the text
// extractors read.
import type { Doc } from '../pipeline/doc.js';
import { decideDoc, prepareBlocks } from '../pipeline/index.js';
import type { CleanOptions } from '../options.js';
import type { CorpusProfile } from '../corpus/profile.js';
import { pageBody, parseHtml } from './dom.js';
import { renderBlocks } from './render.js';
import { contentRoots, insideRoots } from './content-root.js';
import { decideHtmlBlocks } from './decide.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { mergeMetadataFields } from './fields.js';

/** An HTML page's blocks with their features and markup evidence, nothing decided yet, and its metadata. */
export function prepareHtml(html: string, source: string, options: CleanOptions): { doc: Doc; metadata: PageMetadata } {
  const dom = parseHtml(html);
  const { paragraphs, lines, containers, counts } = renderBlocks(pageBody(dom), options.html);
  const roots = contentRoots(
    paragraphs.map((p, i) => ({ container: containers[i], text: p.text, furniture: p.html.landmark !== null || p.html.hint !== null })),
    counts,
    options.html,
  );
  // a page where no element draws the prose's votes is its own root, as a text dump is
  paragraphs.forEach((p, i) => (p.html.inRoot = roots.size === 0 || insideRoots(containers[i], roots)));
  const doc = prepareBlocks(paragraphs, { source, text: lines.join('\n'), lines, wrapWidth: null }, options);
  return { doc, metadata: readMetadata(dom, options) };
}

export function runHtmlPipeline(html: string, source: string, options: CleanOptions, profile: CorpusProfile | null = null): Doc {
  const { doc, metadata } = prepareHtml(html, source, options);
  doc.profile = profile;
  return decideDoc(doc, { afterClassify: decideHtmlBlocks, afterFields: (d) => mergeMetadataFields(d, metadata) });
}
