// Duplicates among whole generated pages, cleaned as the CLI cleans them: copies of a story with a sentence
// changed, paragraphs reordered, figures corrected, an update added, the end cut, or on another site's page
// (different chrome around the same body), shuffled among other stories on the same topics. The clusters must
// hold every copy kind whose body stays close, and never join two different stories.
import { cleanDocument } from '../../src/index.js';
import { DuplicateIndex, pageSignature } from '../../src/corpus/duplicates.js';
import { resolveNearDuplicateOptions } from '../../src/corpus/options.js';
import { generateCorpus } from '../../bench/neardup/corpus.mjs';

const options = resolveNearDuplicateOptions();
const { pages, pairs } = generateCorpus({ seed: 3, topics: 8, storiesPerTopic: 3, variantsPerStory: 3 });
const index = new DuplicateIndex(options);
const online = pages.map((p, i) => {
  const result = cleanDocument(p.text, { source: `page-${i}.txt` });
  if (!result.ok) throw new Error(`generated page ${i} rejected: ${result.reject.message}`);
  return index.add(pageSignature(i, result.record, options))?.first.position ?? i;
});
const final = index.clusterFirsts();
const found = (first: number[], kind: string) => pairs.filter((p) => p.kind === kind).map((p) => first[p.a] === first[p.b]);

describe('duplicates among generated pages', () => {
  it('has pairs of every kind to look at', () => {
    const kinds = new Set(pairs.map((p) => p.kind));
    for (const kind of ['exact', 'chrome', 'sentence', 'reordered', 'same-topic', 'shared-paragraph', 'follow-up']) expect(kinds).toContain(kind);
  });

  it.each(['exact', 'chrome', 'reordered'])('finds every copy of kind %s (same body saved again, on another site, paragraphs moved)', (kind) => {
    expect(found(online, kind).every(Boolean)).toBe(true);
  });

  it('finds most copies with a sentence changed, figures corrected, an update or a cut end', () => {
    const edited = ['sentence', 'figures', 'update', 'trimmed', 'combined'].flatMap((k) => found(final, k));
    expect(edited.length).toBeGreaterThan(20);
    expect(edited.filter(Boolean).length / edited.length).toBeGreaterThan(0.85);
  });

  it.each(['same-topic', 'shared-paragraph', 'follow-up'])('never joins two stories of a topic (%s)', (kind) => {
    expect(found(final, kind).some(Boolean)).toBe(false);
  });

  it('gives each duplicate the first page of its story in input order', () => {
    const storyFirst = new Map<number, number>();
    pages.forEach((p, i) => storyFirst.has(p.story) || storyFirst.set(p.story, i));
    const wrong = final.filter((first, i) => pages[first].story !== pages[i].story);
    expect(wrong).toEqual([]);
    // once every page is in, each cluster that holds a story's first page starts there
    const exactFirsts = pages.filter((p, i) => final[i] === storyFirst.get(p.story)).length;
    expect(exactFirsts / pages.length).toBeGreaterThan(0.9);
  });
});
