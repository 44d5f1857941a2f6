// phraseAlternation (src/text/phrase-trie.ts): the phrases factored into a trie match where the flat alternation
// of the same phrases does, on the boilerplate phrases and on generated lists.
import fc from 'fast-check';
import { phraseAlternation, spellOut } from '../../src/text/phrase-trie.js';
import { BOILERPLATE_PHRASES } from '../../src/text/vocabulary.js';
import { RUNS } from '../robust/arbitraries.js';

/** Where the first match starts (the same for both patterns: they match the same strings), or -1. */
function firstAt(pattern: RegExp, text: string): number {
  return pattern.exec(text)?.index ?? -1;
}

/** Texts made of pieces of the phrases (whole, cut, with a letter changed) and other characters. */
function textsFrom(phrases: string[]): fc.Arbitrary<string> {
  const spelt = phrases.flatMap(spellOut);
  const piece = fc.oneof(
    fc.constantFrom(...spelt),
    fc.tuple(fc.constantFrom(...spelt), fc.nat(), fc.nat()).map(([s, a, b]) => s.slice(Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1))),
    fc.tuple(fc.constantFrom(...spelt), fc.nat(), fc.constantFrom('x', 'e', ' ', 'é')).map(([s, at, c]) => s.slice(0, at % s.length) + c + s.slice((at % s.length) + 1)),
    fc.string({ maxLength: 4 }),
  );
  return fc.array(piece, { maxLength: 6 }).map((ps) => ps.join(''));
}

describe('phraseAlternation', () => {
  test('spells out groups, optional groups and optional characters', () => {
    expect(spellOut('cookies?').sort()).toEqual(['cookie', 'cookies']);
    expect(spellOut('related (?:articles?|stories)').sort()).toEqual(['related article', 'related articles', 'related stories']);
    expect(spellOut('das könnte sie (?:auch )?interessieren').sort()).toEqual(['das könnte sie auch interessieren', 'das könnte sie interessieren']);
    expect(phraseAlternation(['sign up', 'signing up', 'cookies?'])).toBe('(?:cookie(?:s)?|sign(?: up|ing up))');
  });

  test('refuses what it cannot spell out', () => {
    expect(() => phraseAlternation(['a.b'])).toThrow();
    expect(() => phraseAlternation(['a+'])).toThrow();
    expect(() => phraseAlternation(['(?:a(?:b|c))'])).toThrow();
    expect(() => phraseAlternation(['\\bword'])).toThrow();
  });

  test('the boilerplate phrases: the trie matches where the flat alternation does (u, and iu as in LIST_LABEL)', () => {
    const source = phraseAlternation(BOILERPLATE_PHRASES);
    const flat = BOILERPLATE_PHRASES.join('|');
    for (const flags of ['u', 'iu']) {
      const trie = new RegExp(source, flags);
      const plain = new RegExp(flat, flags);
      fc.assert(
        fc.property(textsFrom(BOILERPLATE_PHRASES), fc.boolean(), (text, upper) => {
          const t = upper ? text.toUpperCase() : text;
          expect(firstAt(trie, t)).toBe(firstAt(plain, t));
        }),
        { numRuns: RUNS * 10 },
      );
    }
  });

  test('generated phrase lists: the trie matches where the flat alternation does', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'b', 'ab', ' ', 'é', '😀'), fc.constantFrom('a', 'b', '😀').map((c) => `${c}?`));
    const phrase = fc
      .tuple(fc.array(unit, { minLength: 1, maxLength: 4 }), fc.option(fc.tuple(fc.array(fc.constantFrom('a', 'b', 'ba', 'c?'), { minLength: 1, maxLength: 3 }), fc.boolean())))
      .map(([units, group]) => units.join('') + (group ? `(?:${group[0].join('|')})${group[1] ? '?' : ''}` : ''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'é', '😀'), { maxLength: 12 }), (phrases, chars) => {
        const text = chars.join('');
        expect(firstAt(new RegExp(phraseAlternation(phrases), 'u'), text)).toBe(firstAt(new RegExp(phrases.join('|'), 'u'), text));
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
