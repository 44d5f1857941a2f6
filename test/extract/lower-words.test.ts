// A name is no common word of the page's text: whether the paragraphs write a word in lower case is searched for
// in them, and gives what the set of all their lower-case words (as the byline reader made it before) gives.
import fc from 'fast-check';
import { writesInLowerCase } from '../../src/extract/byline.js';
import { PARTICLES } from '../../src/extract/names.js';
import { RUNS } from '../robust/arbitraries.js';

/** The reference: every run of letters, apostrophes and hyphens of the texts that starts in lower case. */
function lowerWordSet(texts: string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const w of text.split(/[^\p{L}'’-]+/u)) if (/^\p{Ll}/u.test(w) && !PARTICLES.has(w)) set.add(w);
  return set;
}

const pieces = ['open', 'Open', 'future', 'van', 'de', "o'neil", '-', "'", '’', ' ', ',', '.', 'é', 'É', '𝐚', '\ud835', '\udc1a', '日本', '1', 'x'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));

describe('common words of the page', () => {
  test('searched for in the texts = read from the set of their words', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), text, (texts, word) => {
        expect(writesInLowerCase(texts, word)).toBe(lowerWordSet(texts).has(word));
      }),
      { numRuns: RUNS * 20 },
    );
  });

  test('a whole word only, in lower case, and no particle', () => {
    const texts = ['The plan for an open future was approved by van der Berg.'];
    expect(writesInLowerCase(texts, 'open')).toBe(true);
    expect(writesInLowerCase(texts, 'pen')).toBe(false);
    expect(writesInLowerCase(texts, 'van')).toBe(false);
    expect(writesInLowerCase(texts, 'the')).toBe(false);
    expect(writesInLowerCase(texts, 'future was')).toBe(false);
  });
});
