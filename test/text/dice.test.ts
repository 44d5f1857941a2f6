// The bigram Dice coefficient with bigrams counted once per string gives exactly the numbers of
// string-similarity's compareTwoStrings, which it replaces in the near-duplicate search.
import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { bigrams, dice } from '../../src/text/dice.js';

const same = (a: string, b: string) => dice(bigrams(a), bigrams(b)) === stringSimilarity.compareTwoStrings(a, b);

describe('dice', () => {
  test('matches compareTwoStrings on paragraphs, repeats, spacing and short strings', () => {
    const cases: [string, string][] = [
      ['the council approved the plan on tuesday', 'the council approved the plan on monday'],
      ['aaaa aaaa', 'aa aa'],
      ['a b', 'ab'],
      ['', ''],
      ['x', 'xy'],
      ['北京 上海 北京', '北京上海'],
      ['completely different words here', 'nothing in common at all'],
    ];
    for (const [a, b] of cases) expect([a, b, same(a, b)]).toEqual([a, b, true]);
  });

  test('matches compareTwoStrings on any strings', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\n', 'é', '😀'), maxLength: 40 });
    fc.assert(fc.property(text, text, (a, b) => same(a, b)), { numRuns: 500 });
  });
});
