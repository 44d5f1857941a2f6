// The shared sets are scored in process as their own scorers (../shared/tools) score them: these tests hold the
// port to the definitions on invented texts.
import { bodyCounts, bodyScore, fieldOk, foldForScore, scoreFields, shingles, tokens, type RealGold, type RealPage } from '../../scripts/shared-data/realset.js';
import { devScore, snippetCounts, snippetNorm } from '../../scripts/shared-data/devset.js';

describe('real-set body metric', () => {
  it('tokenises as \\w+ under Unicode: letters, digits, underscores', () => {
    expect(tokens('Über-Größe 12,5% snake_case — 東京')).toEqual(['Über', 'Größe', '12', '5', 'snake_case', '東京']);
  });

  it('counts 4-token shingles as a multiset, and a short text as one shingle', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b c d a b c d').get('a\u0000b\u0000c\u0000d')).toBe(2);
    expect([...shingles('one two').keys()]).toEqual(['one\u0000two']);
    expect(shingles('').size).toBe(0);
  });

  it('scores the gold itself 1 and a disjoint body 0', () => {
    const gold = 'The council met on Monday and voted for the new bridge over the river.';
    expect(bodyScore([bodyCounts(gold, gold)])).toEqual({ f1: 1, precision: 1, recall: 1 });
    expect(bodyScore([bodyCounts(gold, 'Subscribe to our newsletter for more stories like this one.')]).f1).toBe(0);
  });

  it('normalises counts per page and averages precision and recall over pages', () => {
    const gold = 'a b c d e f g h';
    // 5 gold shingles; the body keeps 3 of them and adds 2 of its own
    const c = bodyCounts(gold, 'a b c d e f x y');
    expect(c.tp).toBeCloseTo(3 / 7);
    expect(c.fp).toBeCloseTo(2 / 7);
    expect(c.fn).toBeCloseTo(2 / 7);
    const s = bodyScore([c, bodyCounts(gold, gold)]);
    expect(s.precision).toBeCloseTo((3 / 5 + 1) / 2);
    expect(s.recall).toBeCloseTo((3 / 5 + 1) / 2);
  });

  it('leaves a page with an empty body out of precision but not out of recall', () => {
    const s = bodyScore([bodyCounts('a b c d e', ''), bodyCounts('a b c d e', 'a b c d e')]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
  });
});

describe('dev-set snippet metric', () => {
  it('matches snippets after folding white space and dropping soft hyphens', () => {
    expect(snippetNorm(' Ein\u00adtrag  mit\nUmbruch ')).toBe('Eintrag mit Umbruch');
    const page = { key: 'p', file: '', site: 'p', with: ['Eintrag mit Umbruch', 'fehlt'], without: ['Impressum'] };
    expect(snippetCounts(page, 'Ein Eintrag mit\n\nUmbruch. Impressum')).toEqual({ with: 2, withFound: 1, without: 1, withoutLeaked: 1 });
  });

  it('pools snippets over pages', () => {
    const s = devScore([
      { with: 3, withFound: 3, without: 2, withoutLeaked: 1 },
      { with: 1, withFound: 0, without: 2, withoutLeaked: 0 },
    ]);
    expect(s.recall).toBe(0.75);
    expect(s.removal).toBe(0.75);
    expect(s.precision).toBe(0.75);
    expect(s.f).toBeCloseTo(0.75);
  });
});

describe('real-set field metric', () => {
  const shown = { title: true, authors: true, published: true };
  const gold: RealGold = {
    articleBody: '',
    title: 'Harbour “Plan” – Approved',
    authors: ['Ana Ruiz', 'Tom Berg'],
    published: '2021-03-04',
    url: 'https://example.org/a',
    site_name: null,
    lang: 'en',
    in_dump: { lynx: shown, w3m: { ...shown, published: false }, html2text: shown },
  };

  it('folds case, typographic quotes and dashes, and spaces', () => {
    expect(foldForScore('  Harbour  "PLAN" - approved ')).toBe(foldForScore(gold.title));
    expect(foldForScore('Straße')).toBe('strasse');
  });

  it('takes authors as a multiset and the date part of published', () => {
    const fields = { title: 'harbour "plan" - approved', authors: ['Tom Berg', 'ana ruiz'], published: '2021-03-04T09:15+01:00' };
    expect(['title', 'authors', 'published'].map((f) => fieldOk(f as 'title', gold, fields))).toEqual([true, true, true]);
    expect(fieldOk('authors', gold, { ...fields, authors: ['Ana Ruiz'] })).toBe(false);
    expect(fieldOk('published', gold, { ...fields, published: '2021-03-05' })).toBe(false);
  });

  it('counts a field only where its gold shows in the dump, and a rejected page as wrong', () => {
    const page: RealPage = { id: 'p', site: 'example', gold };
    const right = new Map([['p', { title: gold.title, authors: gold.authors, published: gold.published }]]);
    expect(scoreFields([page], 'w3m', right).published).toEqual({ correct: 0, n: 0, accuracy: 0 });
    expect(scoreFields([page], 'lynx', right).published).toEqual({ correct: 1, n: 1, accuracy: 1 });
    expect(scoreFields([page], 'lynx', new Map([['p', null]])).title).toEqual({ correct: 0, n: 1, accuracy: 0 });
  });
});
