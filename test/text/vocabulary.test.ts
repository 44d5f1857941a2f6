// Lines of short items between bars or bullets are page furniture; quotation marks that look like a breadcrumb's
// » are not (French, Swiss and Russian pages quote with « », German with » «). The vocabulary's cheap tests answer
// as the patterns they stand before.
import fc from 'fast-check';
import { CAPTION, isCaption, isSeparatedItems, quotesWithGuillemets } from '../../src/text/vocabulary.js';
import { RUNS } from '../robust/arbitraries.js';

describe('isSeparatedItems', () => {
  it.each([['Email | Print | Comments'], ['Home » News » World'], ['Politik · Wirtschaft · Sport'], ['News › Europe › France']])('%s is a list of items', (text) => {
    expect(isSeparatedItems(text)).toBe(true);
  });

  it.each([
    ['Cinéma : «Le Grand Bleu», «Les Visiteurs», «Amélie»…'],
    ['«Да», «нет», «может быть»: три ответа'],
    ['Kino: »Heimat«, »Das Boot«, »Lola rennt« im Sommer'],
    ['Ein ‹Zitat› und ‹noch eines› und ‹ein drittes›'],
    ['One item only'],
  ])('%s is not', (text) => {
    expect(isSeparatedItems(text)).toBe(false);
  });

  it('still splits at bars on a line that quotes with guillemets', () => {
    expect(isSeparatedItems('Accueil | «Culture» | Cinéma')).toBe(true);
    expect(quotesWithGuillemets('Accueil | «Culture» | Cinéma')).toBe(true);
  });
});


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
