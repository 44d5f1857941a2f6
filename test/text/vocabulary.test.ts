// Lines of short items between bars or bullets are page furniture; quotation marks that look like a breadcrumb's
// » are not (French, Swiss and Russian pages quote with « », German with » «).
import { isSeparatedItems, quotesWithGuillemets } from '../../src/text/vocabulary.js';

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
