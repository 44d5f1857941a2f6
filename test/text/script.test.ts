// Character classes and space folding: cached answers that must match the Unicode property tests and the
// regular expression they stand for.
import fc from 'fast-check';
import { charClass, DIGIT, foldSpaces, LETTER, MARK, OTHER, SPACE, UPPER } from '../../src/text/script.js';

const PIECES = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\u2028', '\ufeff', 'a', 'Z', 'é', '中', '9', '𐐀', '😀', '\ud800', '\u0301', '-'];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 25 }).map((parts) => parts.join(''));

describe('charClass', () => {
  it('agrees with the Unicode property tests on any code point, asked twice', () => {
    const expected = (ch: string) =>
      /\s/.test(ch) ? SPACE : /\p{N}/u.test(ch) ? DIGIT : /\p{L}/u.test(ch) ? (ch !== ch.toLowerCase() ? UPPER : LETTER) : /\p{M}/u.test(ch) ? MARK : OTHER;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
        const ch = String.fromCodePoint(cp);
        expect(charClass(cp)).toBe(expected(ch));
        expect(charClass(cp)).toBe(expected(ch));
      }),
      { numRuns: 5000 },
    );
    expect([charClass(0x41), charClass(0x61), charClass(0x30), charClass(0x20), charClass(0x301), charClass(0x2d)]).toEqual([UPPER, LETTER, DIGIT, SPACE, MARK, OTHER]);
  });
});

describe('foldSpaces', () => {
  it('folds white space as /\\s+/g does, and gives the same string back when there is nothing to fold', () => {
    fc.assert(fc.property(text, (t) => expect(foldSpaces(t)).toBe(t.replace(/\s+/g, ' '))), { numRuns: 2000 });
    const plain = 'one two three';
    expect(foldSpaces(plain)).toBe(plain);
    expect(foldSpaces('one  two\tthree ')).toBe('one two three ');
  });
});
