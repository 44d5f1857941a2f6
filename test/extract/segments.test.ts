// A line without any break is one part without being split: the same parts as splitting it always gave.
import fc from 'fast-check';
import { partsOf } from '../../src/extract/segments.js';
import { RUNS } from '../robust/arbitraries.js';

const PARTS = /\u0000|\s*[|｜]\s*|\s+[•·]\s+|\s{2,}|\u3000+/u;
const BYLINE_WORD = /^(?:by|von|par|por|door)$/iu;

/** The reference: the split that every line went through before (the cuts made on the way are the same). */
function referenceParts(cut: string): string[] {
  return cut
    .split(PARTS)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .reduce<string[]>((parts, part) => {
      if (parts.length > 0 && BYLINE_WORD.test(parts[parts.length - 1])) parts[parts.length - 1] += ` ${part}`;
      else parts.push(part);
      return parts;
    }, []);
}

const pieces = ['By', 'Jane Doe', 'Source', ':', ' ', '  ', '\t', '\u00a0', '\u3000', '|', '｜', ' • ', '·', 'x', 'March 4, 2019', '\u0000', '\n', '\u2028', 'é'];
const line = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(''));

describe('partsOf', () => {
  it('gives a line that no break can match as one trimmed part, as the split did', () => {
    // no colon, update word or glued capital: partsOf cuts nothing before splitting, so the reference splits the same text
    const plain = fc.oneof(line, fc.string({ maxLength: 60 })).filter((t) => !/[:：]|\p{Ll}\p{Lu}|updated|modified|aktualisiert|jour|actualizado|aggiornato|bijgewerkt/iu.test(t));
    fc.assert(
      fc.property(plain, (t) => {
        expect(partsOf(t)).toEqual(referenceParts(t));
      }),
      { numRuns: RUNS * 20, examples: [[''], ['  '], ['By  Jane Doe'], ['a\u3000b'], ['x\u0000y'], [' one part ']] },
    );
  });
});
