// The corpus profile: line frequencies over a corpus, mergeable, serialisable, and used by the classifier as
// evidence. The pages are generated here from three invented site templates.
import fc from 'fast-check';
import { deflateSync } from 'node:zlib';
import { CorpusProfile, lineHash, lineKey } from '../../src/corpus/profile.js';
import { hash2 } from '../../src/corpus/hash.js';
import { isBlank } from '../../src/text/script.js';
import { cleanDocument } from '../../src/index.js';
import { sharedStoryDamped } from '../../src/pipeline/classify.js';
import { resolveOptions } from '../../src/options.js';

const SMALL = { width: 1 << 12, depth: 4, heavyHitters: 50 };

const TOPICS = ['harbour', 'railway', 'school', 'hospital', 'bridge', 'library', 'market', 'stadium'];
const CITIES = ['Porto', 'Lyon', 'Graz', 'Turku', 'Cork', 'Brno'];

/** An article body of four paragraphs that differ from page to page. */
function body(i: number): string[] {
  const topic = TOPICS[i % TOPICS.length];
  const city = CITIES[i % CITIES.length];
  return [
    `The council of ${city} approved a plan on Tuesday to rebuild the old ${topic}, after a debate that lasted ${3 + (i % 5)} hours and drew a large crowd of residents.`,
    `Supporters said the ${topic} had been neglected for ${10 + i} years and that the repairs would create work for local firms, while critics questioned the cost.`,
    `The mayor told reporters that the first ${2 + (i % 7)} contracts would be signed before the end of the year, and that residents would be consulted again in the spring.`,
    `A final vote on the budget for the ${topic} in ${city} is expected next month, when the council meets for the last time before the ${2020 + (i % 4)} elections.`,
  ];
}

/** Site templates: each repeats its menu and a sentence-like footer on every page. */
const SITES = [
  { name: 'Daily Courier', footer: 'Every story on this website is written by our own reporters and may be shared freely with a link to the original page.' },
  { name: 'Evening Ledger', footer: 'We publish corrections promptly, and readers who notice a mistake in one of our articles are welcome to write to the editors.' },
  { name: 'Valley Post', footer: 'This newspaper is owned by a trust of its readers, which guarantees its independence from advertisers and political parties.' },
];

function sitePage(site: (typeof SITES)[number], i: number): string {
  return [site.name, '', 'Home | World | Business | Sport | Culture', '', `Council backs plan for the ${TOPICS[i % TOPICS.length]}`, '', ...body(i).flatMap((p) => [p, '']), site.footer, ''].join('\n');
}

function corpus(): { text: string; site: number }[] {
  const pages: { text: string; site: number }[] = [];
  for (let i = 0; i < 24; i++) pages.push({ text: sitePage(SITES[i % 3], i), site: i % 3 });
  return pages;
}

function profileOf(texts: string[]): CorpusProfile {
  const p = new CorpusProfile(SMALL);
  for (const t of texts) p.addPage(t);
  return p;
}

describe('CorpusProfile', () => {
  test('counts each line once per page, whatever its case, spacing or bullet', () => {
    const p = profileOf(['Subscribe now\nSubscribe now\nfirst page only', '* subscribe   NOW\nsecond page', 'third page']);
    expect(p.pages).toBe(3);
    expect(p.pagesWith('Subscribe now')).toBe(2);
    expect(p.pagesWith('first page only')).toBe(1);
    expect(p.pagesWith('never seen')).toBe(0);
    expect(lineKey('  ----  ')).toBeNull();
  });

  test('line keys are those of the regular expressions they were first written with', () => {
    const reference = (line: string) => {
      const key = line.replace(/^[\s*+•·▪-]+/u, '').replace(/\s+/gu, ' ').trim().toLowerCase();
      return /[\p{L}\p{N}]/u.test(key) ? key : null;
    };
    const pieces = [' ', '  ', '\t', '\u00a0', '\u3000', '\u2028', '*', '+', '-', '•', '·', '▪', 'A', 'é', 'İ', 'Ⅻ', '7', '中', '𐐀', '𝟙', '😀', '\ud800', '.', 'word', 'Two Words'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 20 }), (parts) => {
      const line = parts.join('');
      expect(lineKey(line)).toBe(reference(line));
    }), { numRuns: 2000 });
  });

  test('line hashes are the hashes of the line keys, the ASCII lines hashed without making the key', () => {
    const pieces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u2028', '*', '+', '-', '•', 'A', 'z', 'Q', '7', 'é', 'İ', '𐐀', '\ud800', '.', '@', 'Word', 'TWO  Words'];
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    const line = fc.oneof(ascii, fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((parts) => parts.join('')));
    fc.assert(fc.property(line, (l) => {
      const key = lineKey(l);
      expect(lineHash(l)).toEqual(key === null ? null : hash2(key));
    }), { numRuns: 3000 });
  });

  test('a blank line is one that trims to nothing', () => {
    const units = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', 'a', '\u0085', '\u180e');
    fc.assert(fc.property(fc.string({ unit: units, maxLength: 8 }), (s) => expect(isBlank(s)).toBe(s.trim() === '')), { numRuns: 2000 });
  });

  test('profiles of shards merge into the profile of the whole corpus', () => {
    const texts = corpus().map((p) => p.text);
    const whole = profileOf(texts);
    const a = profileOf(texts.slice(0, 10));
    const b = profileOf(texts.slice(10));
    a.merge(b);
    expect(a.toJSON()).toEqual(whole.toJSON());
  });

  test('survives a round trip through its JSON file', () => {
    const p = profileOf(corpus().map((x) => x.text));
    const back = CorpusProfile.fromJSON(JSON.parse(JSON.stringify(p.toJSON())));
    expect(back.toJSON()).toEqual(p.toJSON());
    expect(back.pagesWith(SITES[0].footer)).toBe(8);
    expect(back.topLines(2)).toEqual([[24, 'Home | World | Business | Sport | Culture'], [8, expect.any(String)]]);
  });

  test('refuses a file that is not a profile', () => {
    expect(() => CorpusProfile.fromJSON({ hello: 1 } as never)).toThrow(/not a corpus-clean profile/);
  });

  test('refuses a profile with any field out of its range, naming the field', () => {
    const file = profileOf(corpus().map((x) => x.text)).toJSON();
    const edited = (edit: (f: Record<string, any>) => void) => {
      const copy = JSON.parse(JSON.stringify(file));
      edit(copy);
      return () => CorpusProfile.fromJSON(copy);
    };
    expect(edited((f) => (f.pages = -5))).toThrow(/^pages: /);
    expect(edited((f) => (f.lines = 1.5))).toThrow(/^lines: /);
    expect(edited((f) => delete f.heavyHitters)).toThrow(/^heavyHitters: /);
    expect(edited((f) => (f.heavy[0][0] = -1))).toThrow(/^heavy\[0\]\[0\]: /);
    expect(edited((f) => (f.heavy[1] = ['8', 'text']))).toThrow(/^heavy\[1\]\[0\]: /);
    expect(edited((f) => (f.sketch.depth = 0))).toThrow(/^sketch\.depth: /);
    expect(edited((f) => (f.sketch.width = 1 << 30))).toThrow(/^sketch: counters larger than 256 MiB/);
  });

  test('inflates no more counters than its shape holds', () => {
    // a few kilobytes that inflate to 64 MiB of zeros, in a profile whose shape holds 64 KiB
    const file = { ...profileOf(['a page']).toJSON(), sketch: { width: 1 << 12, depth: 4, encoding: 'deflate-base64-u32le', counts: deflateSync(Buffer.alloc(64 << 20)).toString('base64') } };
    expect(file.sketch.counts.length).toBeLessThan(100_000);
    expect(() => CorpusProfile.fromJSON(file)).toThrow(/counters do not match its shape/);
  });

  test('memory is fixed by its shape, not by the corpus', () => {
    const p = new CorpusProfile(SMALL);
    const before = p.sketch.counts.byteLength;
    for (let i = 0; i < 2000; i++) p.addPage(`line ${i}\nanother ${i}`);
    expect(p.sketch.counts.byteLength).toBe(before);
    expect(p.topLines().length).toBeLessThanOrEqual(SMALL.heavyHitters);
  });
});

describe('corpus evidence in the classifier', () => {
  const pages = corpus();
  const profile = profileOf(pages.map((p) => p.text));

  test("a site's recurring footer sentence goes with the profile", () => {
    for (const { text, site } of pages.slice(0, 6)) {
      const result = cleanDocument(text, { profile });
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.record.body).not.toContain(SITES[site].footer);
      expect(result.record.body).toContain('The council of');
      expect(result.doc.blocks.find((b) => b.text === SITES[site].footer)?.decision.rule).toBe('chrome:template');
      // without the profile the first two footers read like prose: the corpus is what gives them away
      const alone = cleanDocument(text);
      if (site < 2) expect(alone.ok && alone.record.body).toContain(SITES[site].footer);
    }
  });

  test('a wire paragraph carried by a few pages stays: frequency is evidence, not a verdict', () => {
    const wire = 'The agency said on Monday that the storm had moved north overnight, leaving thousands of homes without power across the region.';
    const withWire = pages.map((p, i) => (i < 3 ? p.text.replace('A final vote', `${wire}\n\nA final vote`) : p.text));
    const p = profileOf(withWire);
    const result = cleanDocument(withWire[0], { profile: p });
    expect(result.ok && result.record.body).toContain(wire);
  });

  test('a story most pages of a small corpus share stays whole; the footer still goes where the page has its own story', () => {
    // four pages of one site: the same story three times (once with a sentence edited), and one story of its own.
    // The story's paragraphs recur exactly as often as the menu and the footer: only the share of the page's own
    // text tells a copied story from furniture
    const site = SITES[0];
    const story = body(5);
    const page = (paragraphs: string[]) => sitePage(site, 5).replace(story.join('\n\n'), paragraphs.join('\n\n'));
    const edited = [story[0], story[1].replace('while critics questioned the cost', 'while critics asked who would pay'), story[2], story[3]];
    const texts = [page(story), page(edited), sitePage(site, 6), page(story).replace('Home |', 'Start |')];
    const p = profileOf(texts);
    for (const text of [texts[0], texts[1], texts[3]]) {
      const result = cleanDocument(text, { profile: p });
      expect(result.ok).toBe(true);
      for (const paragraph of [story[0], story[2], story[3]]) expect(result.ok && result.record.body).toContain(paragraph);
    }
    const own = cleanDocument(texts[2], { profile: p });
    expect(own.ok && own.doc.blocks.find((b) => b.text === site.footer)?.decision.rule).toBe('chrome:template');
  });
});

describe('sharedStoryDamped', () => {
  const prior = [-4, -4, 0, -4];
  const chars = [100, 100, 100, 100];
  const shares = resolveOptions().classifier;
  test('keeps the prior in full when at least half of the article-like text is the page\'s own', () => {
    // blocks 0 and 2 read as text (scores >= 0.5); block 0 recurs: half the text is the page's own
    expect(sharedStoryDamped(prior, [0.9, 0.1, 0.9, 0.1], chars, 0.5, shares)).toEqual(prior);
  });
  test('fades the prior out as the own share falls to a quarter, and drops it below', () => {
    // own share 1/3: a third of the way from a quarter to a half
    expect(sharedStoryDamped(prior, [0.9, 0.9, 0.9, 0.1], chars, 0.5, shares).map((x) => Math.round(x * 100) / 100)).toEqual([-1.33, -1.33, 0, -1.33]);
    // own share 1/4 (three of four text blocks recur): nothing left
    expect(sharedStoryDamped(prior, [0.9, 0.9, 0.9, 0.9], chars, 0.5, shares).map((x) => x + 0)).toEqual([0, 0, 0, 0]);
  });
  test('leaves a page with no article-like text, or none that recurs, as it is', () => {
    expect(sharedStoryDamped(prior, [0.1, 0.1, 0.1, 0.1], chars, 0.5, shares)).toEqual(prior);
    expect(sharedStoryDamped([0, 0, 0, 0], [0.9, 0.9, 0.9, 0.9], chars, 0.5, shares)).toEqual([0, 0, 0, 0]);
  });
});
