// Block features: the pattern features match whatever the case of the text (they are matched on the lower-cased
// start of the block), and stop-word counting gives the same counts as counting list by list.
import fc from 'fast-check';
import { computeFeatures } from '../../src/pipeline/features.js';
import type { Paragraph } from '../../src/pipeline/doc-parts.js';
import { guessLanguagesOf, stopwordDensity } from '../../src/text/stopwords.js';
import { words } from '../../src/text/tokens.js';
import { CJK_CHAR, displayWidth, isWideCode } from '../../src/text/script.js';
import { prepareDoc } from '../../src/pipeline/index.js';
import { resolveOptions } from '../../src/options.js';

function features(text: string) {
  const p: Paragraph = { text, kind: 'text', marker: null, indent: 0, startLine: 1, endLine: 1, group: 0, groupStart: true };
  return computeFeatures(p, 0, 1, { words: 'en', cjk: null }, resolveOptions().fields);
}

describe('pattern features in any case', () => {
  test.each([
    ['copyright', 'COPYRIGHT 2024 THE VALLEY TIMES. ALL RIGHTS RESERVED.'],
    ['copyright', '(C) 2019 Harbour Media'],
    ['copyright', 'Tous Droits Réservés'],
    ['boilerplatePhrase', 'READ MORE: Council Backs The Plan'],
    ['boilerplatePhrase', 'Lesen Sie Auch'],
    ['boilerplatePhrase', 'À LIRE AUSSI'],
    ['counter', '12 Comments'],
    ['counter', 'KOMMENTARE (3)'],
    ['caption', 'PHOTO: Jane Roe / Valley Times'],
    ['linkLike', 'Visit WWW.EXAMPLE.ORG for details'],
    ['linkLike', 'Logo.PNG'],
  ] as const)('%s: %s', (feature, text) => {
    expect(features(text)[feature]).toBe(true);
  });

  test('link-like text is what the first pattern for it matched, on any text', () => {
    const first = /(?:https?:\/\/|www\.)\S|[\w.+-]@[\w-]+\.\w{2,}|\b[\w-]+\.(?:png|jpe?g|gif|svg|webp|pdf|html?|php|aspx?)\b/u;
    const pieces = fc.constantFrom('a', 'Z', '7', '_', '-', '--', '.', '@', ' ', 'é', 'png', 'JPG', 'html', 'htmlx', 'www.', 'http://', '/', '+');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      expect(features(text).linkLike).toBe(first.test(text.toLowerCase()));
    }), { numRuns: 3000 });
  });

  test('the end tests read backwards and the width counted in the scan are what the patterns gave, on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', '7', ' ', '.', '!', '?', '？', '。', '…', ':', '：', '"', "'", '”', '’', '»', ')', ']', '(', '日本', 'ﾝ', '한', '𝐁', '\ud83d', '\u3000', '\n');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 10 }), (parts) => {
      const text = parts.join('');
      const f = features(text);
      expect(f.terminal).toBe(/[.!?。！？…](?:["'”’»)\]]*)$/u.test(text));
      expect(f.question).toBe(/[?？]["'”’»)]*$/u.test(text));
      expect(f.endsWithColon).toBe(/[:：]$/.test(text));
      expect(f.chars).toBe(displayWidth(text));
    }), { numRuns: 3000 });
  });

  test('a wide character is one the CJK pattern matches, for every UTF-16 unit', () => {
    for (let c = 0; c < 0x10000; c++) expect(isWideCode(c)).toBe(CJK_CHAR.test(String.fromCharCode(c)));
  });

  test('and not in ordinary prose', () => {
    const f = features('The council approved the plan on Tuesday after a long debate about the cost of the new bridge.');
    expect([f.copyright, f.boilerplatePhrase, f.counter, f.caption, f.linkLike]).toEqual([false, false, false, false, false]);
  });
});

describe('stop words', () => {
  test('the language with most function words wins, per script', () => {
    const de = words('der Rat hat am Dienstag den Plan für die neue Brücke nach einer langen Debatte über die Kosten und die Folgen für die Stadt gebilligt');
    expect(guessLanguagesOf([de]).words).toBe('de');
    const fr = words("le conseil a approuvé mardi le plan de l'hôpital après un long débat sur le coût et les délais pour la ville et ses habitants");
    expect(guessLanguagesOf([fr]).words).toBe('fr');
  });

  test("an elided form counts by its first part (l'hôpital, c'era)", () => {
    expect(stopwordDensity(["l'hôpital", 'nuovo'], { words: 'fr', cjk: null })).toBe(0.5);
    expect(stopwordDensity(["c'era", 'nuovo'], { words: 'it', cjk: null })).toBe(0.5);
  });

  test("a page's language is that of its blocks' words, not of its list bullets", () => {
    // a German club page whose menu a text browser printed as a nested list: sub-items are bulleted "o", a word of
    // Portuguese, Italian, Romanian and Polish; counted as words of the page, forty of them outvote the article
    const menu = ['Angebote', 'Termine', 'Mannschaften', 'Training', 'Vorstand', 'Satzung', 'Jugend', 'Senioren', 'Presse', 'Archiv'];
    const nav = menu.flatMap((m) => [`   * ${m}`, ...['Übersicht', 'Kalender', 'Ergebnisse', 'Fotos'].map((s) => `        o ${s}`)]);
    const article = [
      'Der Verein hat am Wochenende seine neue Halle eröffnet, und die Mitglieder waren von dem Ergebnis begeistert.',
      'Nach zwei Jahren Bauzeit ist das Gebäude nun fertig, obwohl die Kosten höher waren als geplant.',
      'Die Stadt hat einen Teil der Summe übernommen, weil der Sport für die Jugend wichtig ist.',
    ];
    const page = [...nav, '', ...article.flatMap((p) => [p, ''])].join('\n');
    expect(guessLanguagesOf([words(page.toLowerCase())]).words).toBe('pt');
    expect(prepareDoc(page, 'verein.txt', resolveOptions()).language.words).toBe('de');
  });

  test('with no language known, the best list counts', () => {
    expect(stopwordDensity(['the', 'and', 'rat'], { words: null, cjk: null })).toBeCloseTo(2 / 3);
  });
});

describe('character shares', () => {
  // the shares as first written, character by character with Unicode property tests: the cached classes of
  // src/text/script.ts must count the same
  function reference(text: string) {
    const nonSpace = text.replace(/\s+/g, '');
    let digits = 0;
    let letters = 0;
    let upper = 0;
    for (const ch of nonSpace) {
      if (/\p{N}/u.test(ch)) digits++;
      else if (/\p{L}/u.test(ch)) {
        letters++;
        if (ch !== ch.toLowerCase()) upper++;
      }
    }
    const wordTokens = words(text).filter((t) => /^\p{L}/u.test(t));
    const capitalised = wordTokens.filter((t) => t.charAt(0) !== t.charAt(0).toLowerCase()).length;
    return {
      capitalised: wordTokens.length ? capitalised / wordTokens.length : 0,
      upper: letters ? upper / letters : 0,
      digits: nonSpace.length ? digits / nonSpace.length : 0,
      symbols: nonSpace.length ? (nonSpace.length - digits - letters) / nonSpace.length : 0,
    };
  }
  const shares = (text: string) => {
    const { capitalised, upper, digits, symbols } = features(text);
    return { capitalised, upper, digits, symbols };
  };

  test('count as Unicode property tests do, in any script, with surrogate pairs and odd spaces', () => {
    const pieces = ['A', 'é', 'Ü', 'ß', '7', '٣', 'Ⅻ', '中', '𐐀', '𐐨', '𝐀', '😀', '\ud800', ' ', '\u00a0', '\u3000', '\t', '-', '.', 'İ', 'ǅ', 'Word', 'x1'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(shares(text)).toEqual(reference(text));
    }));
  });

  test('a page of prose', () => {
    expect(shares('The Council met on 3 May 2024. Its 12 members voted.')).toEqual(reference('The Council met on 3 May 2024. Its 12 members voted.'));
    expect(shares('The Council met').capitalised).toBeCloseTo(2 / 3);
  });
});
