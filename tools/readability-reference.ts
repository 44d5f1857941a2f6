// `npm run reference:readability`: a reference figure, not part of corpus-clean. Mozilla's Readability.js (the
// extractor Firefox's reader view uses, on linkedom's DOM) over the real set's 91 HTML pages (../shared/realset/html),
// scored as measure-html.ts scores corpus-clean: body F1 (4-token shingles, precision and recall averaged over pages),
// title and authors over every page whose gold has one. Readability gives one byline string, compared as one
// author; it gives no publication date. Its text is the article element's textContent, one line per block element
// (as the gold bodies are written). Dev dependencies only: @mozilla/readability and linkedom.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bodyScore, fieldMatches, loadRealSet, pageCounts } from '../scripts/fit/real-set.js';

// compiled to dist-scripts/tools/: the repository is two levels up
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const REALSET = path.join(ROOT, '..', 'shared', 'realset');

/** Elements whose end starts a new line in the text, as a text browser lays them out. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, dt, dd, figcaption, br, div';

interface Extracted {
  body: string;
  title: string | null;
  authors: string[];
}

function extract(html: string): Extracted {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 500 }).parse();
  if (!article?.content) return { body: '', title: null, authors: [] };
  const { document: out } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  out.querySelectorAll(BLOCKS).forEach((el: { after(...nodes: unknown[]): void }) => el.after(out.createTextNode('\n')));
  const body = (out.body.textContent ?? '')
    .split('\n')
    .map((line: string) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { body, title: article.title ?? null, authors: article.byline ? [article.byline] : [] };
}

const pages = loadRealSet(REALSET);
const start = process.hrtime.bigint();
const results = pages.map((p) => ({ page: p, got: extract(readFileSync(p.file, 'utf8')) }));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const body = bodyScore(results.map(({ page, got }) => pageCounts(page.gold.articleBody, got.body)));
const parts = [`body F1 ${body.f1.toFixed(3)} (P ${body.precision.toFixed(3)} R ${body.recall.toFixed(3)})`];
for (const field of ['title', 'authors'] as const) {
  let ok = 0;
  let n = 0;
  for (const { page, got } of results) {
    const m = fieldMatches(field, page.gold, { title: got.title, authors: got.authors, published: null });
    if (m === null) continue;
    n++;
    if (m) ok++;
  }
  parts.push(`${field} ${(ok / n).toFixed(3)} (${ok}/${n})`);
}
console.log(`Readability.js on the real set's HTML, ${pages.length} pages: ${parts.join(', ')}; ${(pages.length / seconds).toFixed(1)} pages/s in this process`);
