// Word tokens: the same words as the single pattern they used to be matched with, without its stack overflow on
// very long hyphenated runs.
import fc from 'fast-check';
import { isCjkCharacterWord, keyFromWords, keyWords, lowerWordsFromKey, paragraphKey, words } from '../../src/text/tokens.js';
import { RUNS } from '../robust/arbitraries.js';

/** The former tokenizer, as the reference: one pattern, letters with single inner marks. */
function reference(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu)) {
    const w = m[0];
    if (/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u.test(w)) {
      for (const part of w.split(/([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/u)) if (part) out.push(part);
    } else out.push(w);
  }
  return out;
}

describe('words', () => {
  it('splits text into words with inner apostrophes, hyphens and dots, and CJK characters one by one', () => {
    expect(words("It's a well-known U.S. firm -- the 'best'... 新华社2013年 rock'n'roll a--b .x.")).toEqual([
      "It's", 'a', 'well-known', 'U.S', 'firm', 'the', 'best', '新', '华', '社', '2013', '年', "rock'n'roll", 'a', 'b', 'x',
    ]);
  });

  it('gives the same words as the single pattern it replaced, on any text', () => {
    const marks = fc.constantFrom("'", '’', '-', '.', ' ', 'a', 'Z', '9', '中', 'é', '\u0301', '--', '.-', '𐐀', '😀', '\ud800', 'ア', '\u00a0', '٣');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: marks, maxLength: 300 }));
    fc.assert(fc.property(text, (t) => expect(words(t)).toEqual(reference(t))), { numRuns: RUNS * 5 });
  });

  it('takes a 10 MB hyphenated run as one word (the single pattern overflowed the stack)', () => {
    const run = 't-'.repeat(5_000_000) + 't';
    expect(words(run)).toEqual([run]);
  });
});

describe('isCjkCharacterWord', () => {
  it('is a single kana or CJK ideograph, on any string', () => {
    const reference = /^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]$/u;
    const units = fc.constantFrom('中', 'ア', 'の', '한', 'a', '\u3040', '\u30ff', '\u3400', '\u4dbf', '\u9fff', '\ufaff', '\ufb00', '\u303f', '𠀀');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.string({ unit: units, maxLength: 2 }));
    fc.assert(fc.property(text, (t) => expect(isCjkCharacterWord(t)).toBe(reference.test(t))), { numRuns: RUNS * 5 });
  });
});

describe('paragraphKey', () => {
  it('is the key words joined by single spaces, on any text', () => {
    const units = fc.constantFrom(' ', 'a', 'Z', '9', 'é', '中', "'", '-', '\u00a0', '\u3000', 'Ｆ', 'ﬁ', 'İ', '\n');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: units, maxLength: 200 }));
    fc.assert(
      fc.property(text, (t) => {
        const key = paragraphKey(t);
        expect(key).toBe(keyWords(t).join(' '));
        expect(key === '' ? [] : key.split(' ')).toEqual(keyWords(t));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('follows the text it is given: a block whose field was cut out has the key of what is left', () => {
    expect(paragraphKey('BEIJING, June 14 (Xinhua) -- The Council met on Tuesday.')).toBe('beijing june 14 xinhua the council met on tuesday');
    expect(paragraphKey('The Council met on Tuesday.')).toBe('the council met on tuesday');
  });

  it('takes the lower-cased words of an ASCII text as its key words, which they are', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 200 });
    fc.assert(
      fc.property(ascii, (t) => {
        expect(keyFromWords(t, words(t).map((w) => w.toLowerCase()))).toBe(paragraphKey(t));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('takes the lower-cased words of any text as its key words where it uses them', () => {
    // letters whose lower case is longer (İ), context-dependent (Σ), of another script's case pair, or folded by NFKC
    const tricky = fc.constantFrom('İ', 'Σ', 'ς', 'ß', 'ǅ', 'ﬁ', 'Å', 'Ⓐ', 'Ⅻ', '\u0345', 'Ꭰ', '𐐀', '\u0301', "'", '.', '-', ' ', 'a', 'Z', 'é', '中', 'ア', '９', '\u00a0', '\ud800');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: tricky, maxLength: 200 }));
    // a sigma that ends its word only once the doubled marks after it cut the run, and NFKC's ligatures
    const examples: [string][] = [['ΟΔΟΣ..ΑΘΗΝΑ'], ['İSTANBUL ΣΟΦΙΑ'], ['ﬁne Ⅻ']];
    fc.assert(
      fc.property(text, (t) => {
        expect(keyFromWords(t, words(t).map((w) => w.toLowerCase()))).toBe(paragraphKey(t));
      }),
      { numRuns: RUNS * 10, examples },
    );
  });

  it('does not take the words of other text, whose key words NFKC and context can change', () => {
    // full-width letters are folded by NFKC; a final capital sigma lower-cases by what stands around it
    for (const t of ['ＦＵＬＬ width', 'ΟΔΟΣ..Α']) {
      expect(keyFromWords(t, ['not', 'the', 'key'])).toBe(keyWords(t).join(' '));
    }
  });
});

describe('lowerWordsFromKey', () => {
  // the words of a block's key where they serve, else the text tokenised again: always words(text.toLowerCase())
  const tricky = fc.constantFrom('İ', 'Σ', 'ς', 'ß', 'ǅ', 'ﬁ', 'Å', 'Ⓐ', 'Ⅻ', '\u0345', 'Ꭰ', '𐐀', '\u0301', "'", '.', '-', ' ', 'a', 'Z', 'é', '中', 'ア', '９', '\u00a0', '\ud800');
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: tricky, maxLength: 200 }), fc.string({ maxLength: 200 }));
  const examples: [string][] = [[''], ['  '], ['ΟΔΟΣ..ΑΘΗΝΑ'], ['İSTANBUL ΣΟΦΙΑ'], ['ﬁne Ⅻ'], ['ＦＵＬＬ width'], ["It's a well-known U.S. firm"]];

  it('gives the lower-cased text\'s words from the key a block carries (made as prepareBlocks makes it) and from paragraphKey', () => {
    fc.assert(
      fc.property(text, (t) => {
        const expected = words(t.toLowerCase());
        expect(lowerWordsFromKey(t, keyFromWords(t, words(t).map((w) => w.toLowerCase())))).toEqual(expected);
        expect(lowerWordsFromKey(t, paragraphKey(t))).toEqual(expected);
      }),
      { numRuns: RUNS * 10, examples },
    );
  });

  it('tokenises again a text that NFKC changes, whose key holds other words', () => {
    expect(lowerWordsFromKey('ＦＵＬＬ width', 'not the key')).toEqual(['ｆｕｌｌ', 'width']);
  });
});
