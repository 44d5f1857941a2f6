// Links that html2text printed with underscores for spaces read as words in the body; underscores that belong to
// the text (a program's names, a social handle) stay, and pages without html2text's marks keep all of theirs.
import { underlinesLinks, withoutLinkUnderlines } from '../../src/text/link-underlines.js';
import { cleanDocument } from '../../src/index.js';
import { fixture, fixtureBody, page } from '../helpers.js';

describe('link underlines', () => {
  test('an html2text page gives its links back their spaces in the body', () => {
    const body = fixtureBody('pages/html2text-underlined-links.txt');
    expect(body).toContain('according to figures published by the library, most of them');
    expect(body).toContain("the council's culture committee decided");
    expect(body).toContain('Friends of the Library will run');
    expect(body).toContain('@town_library');
    expect(body.replace(/@\S+/gu, '')).not.toMatch(/\p{L}_\p{L}/u);
  });

  test('a page is read as underlining its links by its asterisk headings', () => {
    expect(underlinesLinks(fixture('pages/html2text-underlined-links.txt').split('\n'))).toBe(true);
    expect(underlinesLinks(['Intro text', '**** Related ****', 'more'])).toBe(true);
    expect(underlinesLinks(['    * Home_Page', '    * Contact_Us', '    * Five *** stars ***'])).toBe(false);
    expect(underlinesLinks(['   Call lower_bound before upper_bound on the sorted range.'])).toBe(false);
  });

  test('a program\'s names on a page without those marks keep their underscores', () => {
    const text = page(
      '   Searching a sorted range',
      '',
      '   The standard library offers lower_bound and upper_bound for sorted ranges. Both take the range and a',
      '   value, and both return an iterator; lower_bound stops at the first element that is not less than the',
      '   value, upper_bound at the first element that is greater than it, so the two together bound every copy.',
      '',
      '   A call to equal_range returns both at once, which reads better than calling the two functions one after',
      '   the other when a loop needs the whole run of equal values, and it walks the range only once in the end.',
    );
    const result = cleanDocument(text, { source: 'test' });
    expect(result.ok && result.record.body).toContain('lower_bound and upper_bound');
  });

  test('underscores between words become spaces, handles and form fields keep theirs', () => {
    expect(withoutLinkUnderlines('ranked_WordPress among_the_most_dreaded_technologies')).toBe('ranked WordPress among the most dreaded technologies');
    expect(withoutLinkUnderlines('currently 59%_PHP_and_27%_JavaScript.')).toBe('currently 59% PHP and 27% JavaScript.');
    expect(withoutLinkUnderlines('follow @ann_lee')).toBe('follow @ann_lee');
    expect(withoutLinkUnderlines('Name: ________')).toBe('Name: ________');
  });
});
