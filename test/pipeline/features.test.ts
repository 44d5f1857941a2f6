// Block features: the pattern features match whatever the case of the text (they are matched on the lower-cased
// start of the block), and stop-word counting gives the same counts as counting list by list.
import { computeFeatures } from '../../src/pipeline/features.js';
import type { Paragraph } from '../../src/pipeline/reflow.js';
import { guessLanguages, stopwordDensity } from '../../src/text/stopwords.js';
import { words } from '../../src/text/tokens.js';

function features(text: string) {
  const p: Paragraph = { text, kind: 'text', marker: null, indent: 0, startLine: 1, endLine: 1, group: 0, groupStart: true };
  return computeFeatures(p, 0, 1, { words: 'en', cjk: null });
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

  test('and not in ordinary prose', () => {
    const f = features('The council approved the plan on Tuesday after a long debate about the cost of the new bridge.');
    expect([f.copyright, f.boilerplatePhrase, f.counter, f.caption, f.linkLike]).toEqual([false, false, false, false, false]);
  });
});

describe('stop words', () => {
  test('the language with most function words wins, per script', () => {
    const de = words('der Rat hat am Dienstag den Plan für die neue Brücke nach einer langen Debatte über die Kosten und die Folgen für die Stadt gebilligt');
    expect(guessLanguages(de).words).toBe('de');
    const fr = words("le conseil a approuvé mardi le plan de l'hôpital après un long débat sur le coût et les délais pour la ville et ses habitants");
    expect(guessLanguages(fr).words).toBe('fr');
  });

  test("an elided form counts by its first part (l'hôpital, c'era)", () => {
    expect(stopwordDensity(["l'hôpital", 'nuovo'], { words: 'fr', cjk: null })).toBe(0.5);
    expect(stopwordDensity(["c'era", 'nuovo'], { words: 'it', cjk: null })).toBe(0.5);
  });

  test('with no language known, the best list counts', () => {
    expect(stopwordDensity(['the', 'and', 'rat'], { words: null, cjk: null })).toBeCloseTo(2 / 3);
  });
});
