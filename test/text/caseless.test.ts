// Case-insensitive patterns without the `i` flag (src/text/caseless.ts): the classes of case variants are those the
// engine's own folding gives, and the patterns the cleaner builds so give the same matches as under `iu`.
import fc from 'fast-check';
import { caseless, foldClass, rewrite } from '../../src/text/caseless.js';
import { RUNS } from '../robust/arbitraries.js';
import { MONTHS as MONTH_NAMES } from '../../src/text/months.js';

const esc = (ch: string) => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

/** For each letter, every character that `iu` matches to it: one pass over every code point with a class of them
 * all, then each character found tried against each letter. */
function bruteFoldClasses(letters: string[]): Map<string, Set<string>> {
  const any = new RegExp(`^[${letters.map(esc).join('')}]$`, 'iu');
  const each = letters.map((l) => [l, new RegExp(`^${esc(l)}$`, 'iu')] as const);
  const out = new Map(letters.map((l) => [l, new Set<string>()]));
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const c = String.fromCodePoint(cp);
    if (any.test(c)) for (const [l, re] of each) if (re.test(c)) out.get(l)!.add(c);
  }
  return out;
}

// the patterns of the cleaner written with caseless, with the words they look for
const TITLE_CAPTION =
  /©|\bCC[- ]BY\b|\b(?:flickr|unsplash|getty images|shutterstock)\b|\((?:photo|foto|image|bild|picture)\b|\b(?:photo|foto|image|bild|picture|credit|quelle|photograph)s?\s*[:/]|\b(?:photo(?:graph)?|pictured?)\s+by\b|\bgetty images\b|\b(?:AP|AFP|EPA|Reuters|Xinhua)\s+photo\b|图片来源|[（(]\s*摄\s*[)）]|\s摄$/iu;
const MONTHS = /(?<![\p{L}])(september|październik|märz|mai|août|ſep|décembre)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?!\d)/iu;
const COMMENTS = /^(?:\d+\s+)?(?:comments?|kommentare?|réponses)\b|\b(?:leave a (?:reply|comment))\b/iu;
const PATTERNS = [TITLE_CAPTION, MONTHS, COMMENTS];

describe('foldClass', () => {
  it('gives every character the engine folds as the letter, for the letters of the patterns and the odd ones', () => {
    // (the date patterns spell every month name of src/text/months.ts)
    const letters = new Set([...[...PATTERNS.map((re) => re.source), ...MONTH_NAMES.keys()].flatMap((s) => [...s].filter((c) => /\p{L}/u.test(c))), 'ſ', 'K', 'σ', 'ς', 'ß', 'ẞ', 'ι', 'θ', 'İ', 'ı', 'ǅ', 'å', 'ω']);
    const brute = bruteFoldClasses([...letters]);
    for (const ch of letters) expect(new Set(foldClass(ch))).toEqual(brute.get(ch));
  });

  it('is the character alone for one without case', () => {
    expect(foldClass('中')).toEqual(['中']);
    expect(foldClass('1')).toEqual(['1']);
  });
});

describe('rewrite', () => {
  it('reads \\p{L} as iu does (U+0345 folds to a letter), over every code point', () => {
    const iu = /\p{L}/iu;
    const plain = new RegExp(rewrite('\\p{L}'), 'u');
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (iu.test(c) !== plain.test(c)) throw new Error(`U+${cp.toString(16)}`);
    }
  });

  it('refuses what it cannot carry over: back references, cased properties, ranges of letters, escaped code points', () => {
    expect(() => caseless(/(a)\1/iu)).toThrow();
    expect(() => caseless(/\p{Lu}/iu)).toThrow();
    expect(() => caseless(/[a-z]/iu)).toThrow();
    expect(() => caseless(/\u0041/iu)).toThrow();
    expect(() => caseless(/a/giu)).toThrow();
    expect(() => caseless(/a/u)).toThrow();
  });

  it('keeps the names of named groups', () => {
    expect(caseless(/(?<word>ab)/iu).exec('xAB')?.groups).toEqual({ word: 'AB' });
  });
});

describe('caseless', () => {
  // the patterns' words in any case, glued to letters that fold oddly and to word characters
  const pieces = ['photo', 'PHOTO', 'Foto', 'credit', 'Getty Images', 'getty  images', 'cc by', 'CC-BY', 'AP', 'ap', 'Reuters', 'pictured', 'by', ':', '/', '(', ')', '（', '摄', '图片来源',
    'September', 'SEPTEMBER', 'październik', 'PAŹDZIERNIK', 'MÄRZ', 'mai', 'AOÛT', 'Décembre', 'ſep', 'ſ', 'K', 'k', 's', 'S', 'İ', 'ı', 'ς', 'Σ', '\u0345',
    '4', '14th', '2019', ',', '.', ' ', '\t', '_', 'x', 'é', '12 ', 'Comments', 'KOMMENTARE', 'leave a reply', 'RÉPONSES', 'réponses'];
  const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), fc.string({ maxLength: 40 }));

  it.each(PATTERNS.map((re) => [re.source.slice(0, 40), re]))('%s matches as under iu', (_, re) => {
    const matcher = caseless(re);
    fc.assert(
      fc.property(text, (t) => {
        const a = re.exec(t);
        const b = matcher.exec(t);
        expect(b === null ? null : { index: b.index, groups: [...b] }).toEqual(a === null ? null : { index: a.index, groups: [...a] });
        expect(matcher.test(t)).toBe(re.test(t));
      }),
      { numRuns: RUNS * 20, examples: [['photo: AP'], ['ſep 4, 2019'], ['Kelvin Kcc by'], ['12 COMMENTS'], ['PHOTOS:'], ['GETTY IMAGES']] },
    );
  });
});
