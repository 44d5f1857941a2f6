// The bigram Dice coefficient with bigrams counted once per string gives exactly the numbers of
// string-similarity's compareTwoStrings, which it replaces in the near-duplicate search.
import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { bigrams, dice, diceReaches } from '../../src/text/dice.js';

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

  test('diceReaches answers as dice(a, b) >= threshold does, stopping early or not', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', ' ', 'é'), maxLength: 60 });
    const threshold = fc.constantFrom(0, 0.3, 0.5, 0.75, 0.8, 0.9, 1);
    fc.assert(
      fc.property(text, text, threshold, (a, b, t) => {
        const [x, y] = [bigrams(a), bigrams(b)];
        return diceReaches(x, y, t) === dice(x, y) >= t;
      }),
      { numRuns: 2000 },
    );
    // a near repeat (one word changed) reaches 0.8; an unlike paragraph of the same length does not
    const paragraph = bigrams('the council approved the new budget for the harbour on tuesday evening');
    expect(diceReaches(paragraph, bigrams('the council approved the new budget for the harbour on monday evening'), 0.8)).toBe(true);
    expect(diceReaches(paragraph, bigrams('heavy rain flooded several streets near the station early this morning'), 0.8)).toBe(false);
  });
});
