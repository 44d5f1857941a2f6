// An image's text that a text browser printed where the image stood stays out of the body; brackets that belong
// to the text (an editor's insertion, a note's number) stay in it.
import { withoutImageText } from '../../src/text/image-text.js';
import { fixtureBody } from '../helpers.js';

describe('image text', () => {
  test('an html2text page loses the images run into its paragraphs, and keeps its own brackets', () => {
    const body = fixtureBody('pages/html2text-image-text.txt');
    expect(body).not.toContain('Volunteers sorting');
    expect(body).not.toContain('images.example.net');
    expect(body).toMatch(/^The winter coat drive collected/u);
    expect(body).toContain('A local removals firm lent a van');
    expect(body).toContain('"[The organisers] did not expect anything like this,"');
    expect(body).toContain('[1] Figures given by the organisers');
  });

  test('only a leading bracket that does not run into a sentence, or an address, is an image', () => {
    expect(withoutImageText('[A crowd at the gate.][The gate at night.] Police said')).toBe('Police said');
    expect(withoutImageText('[photo_0042.JPG] Police said')).toBe('Police said');
    expect(withoutImageText('[The mayor] said on Monday')).toBe('[The mayor] said on Monday');
    expect(withoutImageText('[n 2] Census figures.')).toBe('[n 2] Census figures.');
    expect(withoutImageText('The map [https://maps.example.org/a b.png] shows it.')).toBe('The map  shows it.');
    expect(withoutImageText('He wrote it [sic] twice.')).toBe('He wrote it [sic] twice.');
    expect(withoutImageText('[Image]')).toBe('');
  });
});
