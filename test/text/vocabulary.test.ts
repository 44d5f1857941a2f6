// The vocabulary's cheap tests answer as the patterns they stand before.
import fc from 'fast-check';
import { CAPTION, isCaption } from '../../src/text/vocabulary.js';
import { RUNS } from '../robust/arbitraries.js';

describe('isCaption', () => {
  test('answers as CAPTION does, on texts made of captions\' pieces', () => {
    const piece = fc.oneof(
      fc.constantFrom('foto', 'photos', 'bild', 'titelbild', 'credit', 'fotografía', 'zdjęcie', 'illustration', 'image', 'picture'),
      fc.constantFrom('©', ':', '/', ' ', '  ', '(', '|', '\n', '\t', 'x', 'AP', 'ü'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(isCaption(text)).toBe(CAPTION.test(text));
      }),
      { numRuns: RUNS * 20 },
    );
    expect(isCaption('foto: andina')).toBe(true);
    expect(isCaption('(photo / ap)')).toBe(true);
    expect(isCaption('© noah addis')).toBe(true);
    expect(isCaption('a photo of the harbour')).toBe(false);
  });
});
