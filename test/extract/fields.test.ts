// Field extraction on pages written for the tests; the sample pages are covered by test/seeds.test.ts.
import { parseDateline } from '../../src/extract/dateline.js';
import { parseBreadcrumb } from '../../src/extract/section.js';
import { parseByline, parseReporting } from '../../src/extract/byline.js';
import { parseCreditLine } from '../../src/extract/agency.js';
import { segments } from '../../src/extract/segments.js';
import { cleanDocument } from '../../src/index.js';
import { fate, fixture, page, pipeline } from '../helpers.js';
import { resolveOptions, type CleanOptionsInput } from '../../src/options.js';

const fields = resolveOptions().fields;

describe('parseDateline', () => {
  it.each([
    ['BEIJING, June 14 (Xinhua) -- China', { place: 'BEIJING', date: 'June 14', agency: 'Xinhua' }],
    ['WASHINGTON (Reuters) - The U.S.', { place: 'WASHINGTON', date: null, agency: 'Reuters' }],
    ['NEW YORK (AP) — Stocks', { place: 'NEW YORK', date: null, agency: 'AP' }],
    ['LONDON, March 3 (AFP) - Britain', { place: 'LONDON', date: 'March 3', agency: 'AFP' }],
    ['UNITED NATIONS, Jan. 5 (Xinhua) -- The', { place: 'UNITED NATIONS', date: 'Jan. 5', agency: 'Xinhua' }],
    ['KYIV, Ukraine (AP) — Russian', { place: 'KYIV, Ukraine', date: null, agency: 'AP' }],
    ['SAN FRANCISCO — Tech', { place: 'SAN FRANCISCO', date: null, agency: null }],
    ['Beijing, June 14 (Xinhua) -- China', { place: 'Beijing', date: 'June 14', agency: 'Xinhua' }],
    ['BEIJING, June 14, 2013 (Xinhua) -- China', { place: 'BEIJING', date: 'June 14, 2013', agency: 'Xinhua' }],
    ['NEW DELHI: India is', { place: 'NEW DELHI', date: null, agency: null }],
    ['ST. LOUIS (AP) — The', { place: 'ST. LOUIS', date: null, agency: 'AP' }],
    ['本报北京3月4日电 今天', { place: '北京', date: '3月4日', agency: null }],
  ])('%s', (text, dateline) => {
    expect(parseDateline(text)?.dateline).toEqual(dateline);
  });

  it.each([
    ['China said on Monday that it would'],
    ['The US - and its allies - agreed'],
    ['A - B testing is common'],
    ['UPDATE: Police said'],
    ['Smith (R-Texas) - said'],
    ['Washington (Jane Doe) - said'],
  ])(
    'is not fooled by an ordinary sentence: %s',
    (text) => {
      expect(parseDateline(text)).toBeNull();
    },
  );
});

describe('parseBreadcrumb', () => {
  it.each([
    ['English>>Foreign Affairs', ['English', 'Foreign Affairs']],
    ['Home > World > Asia', ['Home', 'World', 'Asia']],
    ['Home » Business » Markets', ['Home', 'Business', 'Markets']],
    ['News / Politics', ['News', 'Politics']],
  ])('%s', (text, parts) => {
    expect(parseBreadcrumb(text, fields)).toEqual(parts);
  });

  it.each([
    ['Prices rose 5% in May and/or June.'],
    ['https://example.com/news/politics'],
    ['x > y when the sentence goes on and on for a while.'],
    // guillemets quote: their » closes a title, it does not separate labels
    ['Cinéma » Festival « Cannes » Palmarès'],
    ['Kino: »Heimat« und »Das Boot« im Sommer'],
  ])(
    'ignores %s',
    (text) => {
      expect(parseBreadcrumb(text, fields)).toBeNull();
    },
  );
});

describe('parseByline', () => {
  it.each([
    ['By John Smith', ['John Smith'], null],
    ['By JOHN SMITH and JANE DOE, Associated Press', ['John Smith', 'Jane Doe'], 'AP'],
    ['By Jane Doe, Science correspondent', ['Jane Doe'], null],
    ['Zhang Yue (China Daily)', ['Zhang Yue'], 'China Daily'],
    ['Author: Li Na', ['Li Na'], null],
  ])('%s', (text, authors, agency) => {
    expect(parseByline(text, resolveOptions().fields)).toEqual({ authors, agency });
  });

  it('takes no author from the end of a bracketed photo credit under an image', () => {
    expect(parseByline('by Ann Lee)', resolveOptions().fields)).toBeNull();
    const r = cleanDocument(fixture('pages/html2text-wrapped-heading.txt'), { source: 'page.txt' });
    expect(r.ok && r.record.authors).toEqual([]);
  });

  it.each([['By 2020, China will have built more roads.'], ['By the way, this is not a byline'], ['By clicking here you agree']])(
    'is not fooled by %s',
    (text) => {
      expect(parseByline(text, resolveOptions().fields)).toBeNull();
    },
  );

  it('reads Reuters footers, where "Additional reporting by" names helpers, not authors', () => {
    expect(parseReporting('Reporting by Anna Lee and Tom Berg; Additional reporting by Ravi Shah; Editing by Chris Reese')).toEqual(['Anna Lee', 'Tom Berg']);
  });
});

describe('parseCreditLine', () => {
  it.each([
    ['(Xinhua)', 'Xinhua'],
    ['Source: Xinhua', 'Xinhua'],
    ['Reuters', 'Reuters'],
    ['AFP', 'AFP'],
    ['(China Daily)', 'China Daily'],
  ])('%s', (text, agency) => {
    expect(parseCreditLine(text)).toBe(agency);
  });

  it('does not take an ordinary short line for a credit', () => {
    expect(parseCreditLine('(see below)')).toBeNull();
    expect(parseCreditLine('Read more')).toBeNull();
  });
});

describe('fields on whole pages', () => {
  const record = (text: string) => {
    const r = cleanDocument(text, { source: 't.txt' });
    if (!r.ok) throw new Error(r.reject.message);
    return r.record;
  };

  it('reads headline, byline and date from an article header and keeps them out of the body', () => {
    const r = record(fixture('pages/related-list.txt'));
    expect(r.title).toBe('Riverside council approves new footbridge after decade of debate');
    expect(r.authors).toEqual(['Martha Klein']);
    expect(r.published).toBe('2021-10-03T09:15');
    expect(r.body).not.toContain('Martha Klein');
    expect(r.body).not.toContain('Published');
  });

  it('reads a name printed without a label only with as many words as byline.bareNameMinWords..bareNameMaxWords', () => {
    const text = page(
      'Harbour ferry returns after two years of repairs',
      '',
      'Tomas Eriksen | March 4, 2019',
      '',
      'The ferry between the two halves of the old harbour carried its first passengers on Monday, two years after a storm tore its landing stage away.',
      '',
      'The city paid for the new landing stage from its flood budget, and the operator says the timetable will stay as it was before the storm.',
    );
    const authors = (byline: CleanOptionsInput['byline']) => {
      const r = cleanDocument(text, { source: 't.txt', options: { byline } });
      return r.ok ? r.record.authors : r.reject.reason;
    };
    expect(authors({})).toEqual(['Tomas Eriksen']);
    expect(authors({ bareNameMinWords: 3 })).toEqual([]);
    expect(authors({ bareNameMaxWords: 1, bareNameMinWords: 1 })).toEqual([]);
  });

  it('gives no title to a page that starts with its first paragraph', () => {
    const r = record(fixture('pages/crlf-wrapped.txt').split('\r\n').slice(2).join('\n'));
    expect(r.title).toBeNull();
  });

  it('never takes a labelled bar of links for the headline', () => {
    const text = page(
      'Harbour Weekly',
      '',
      'Topics: Shipping | Fisheries | Ports | Weather | Opinion',
      '',
      'Ferry operator adds winter crossings to the northern islands',
      '',
      '12 January 2022',
      '',
      'The island ferry company will run two extra crossings a week from December, after a season in which boats were full on most days.',
      '',
      'Residents had asked for more sailings for years, saying the single winter crossing left them cut off when the weather turned.',
    );
    expect(record(text).title).toBe('Ferry operator adds winter crossings to the northern islands');
  });

  it('reads editors from a credit at the end of the article, separated by 、 or commas', () => {
    const text = page(
      'Port traffic rises',
      '',
      'The port handled more containers in the first half of the year than in any half-year before, its operator said on Friday.',
      '',
      'Growth came mainly from trade with South-East Asia, where new shipping lines opened in the spring.',
      '',
      '(Web editor: Zhang Kaiwei, Liang Jun)',
    );
    const r = record(text);
    expect(r.editors).toEqual(['Zhang Kaiwei', 'Liang Jun']);
    expect(r.body).not.toContain('Web editor');
  });
});

describe('segments', () => {
  it.each([
    ['Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu Xuequan', ['Source: Xinhua', '2019-01-06 07:46:12', 'Editor: Mu Xuequan']],
    ['By Zhang Yue | China Daily | Updated: 2019-03-04 07:46', ['By Zhang Yue', 'China Daily', 'Updated: 2019-03-04 07:46']],
    ['2013年06月14日20:59  来源：中国新闻网 责任编辑：张三', ['2013年06月14日20:59', '来源：中国新闻网', '责任编辑：张三']],
    ['Source: Global Times Published: 2019/3/4 Last updated: 2019/3/5', ['Source: Global Times', 'Published: 2019/3/4', 'Last updated: 2019/3/5']],
    ['**By Jane Doe** · [World](/world)', ['By Jane Doe', 'World']],
    ['阿卜杜勒·阿齐兹', ['阿卜杜勒·阿齐兹']],
    ['Yahoo NewsJuly 4, 2019', ['Yahoo News', 'July 4, 2019']],
    ['Agence France-PresseSept. 9, 2020 10:15', ['Agence France-Presse', 'Sept. 9, 2020 10:15']],
    ['McDonald 3 ways to grill', ['McDonald 3 ways to grill']],
  ])('%s', (line, parts) => {
    expect(segments(line)).toEqual(parts);
  });
});

describe('html2text author lines', () => {
  it('reads a name in capitals over a credit and a date glued together ("ReutersMarch 3, 2021")', () => {
    const r = cleanDocument(fixture('pages/html2text-agency-glued-date.txt'), { source: 'page.txt' });
    expect(r.ok && [r.record.authors, r.record.agency, r.record.published]).toEqual([['Tomasz Wierzbicki'], 'Reuters', '2021-03-03']);
    expect(r.ok && r.record.body).not.toContain('WIERZBICKI');
  });

  it("reads an author's box: a name between heading asterisks, printed again in the lines html2text ran together", () => {
    const r = cleanDocument(fixture('pages/html2text-author-box.txt'), { source: 'page.txt' });
    expect(r.ok && r.record.authors).toEqual(['Ruth Okafor']);
  });

  it('takes no name in capitals without a date line under it', () => {
    const text = fixture('pages/html2text-agency-glued-date.txt').replace('ReutersMarch 3, 2021\n', '');
    const r = cleanDocument(text, { source: 'page.txt' });
    expect(r.ok && r.record.authors).toEqual([]);
  });
});

describe('field lines remembered across pages', () => {
  it('give each page the record it gets alone, whatever pages were cleaned before it with the same options', () => {
    // pages with bylines, date lines and lines of fields in their headers, several of them alike
    const names = ['pages/far-header.txt', 'pages/breadcrumb-headline.txt', 'pages/html2text-agency-glued-date.txt', 'pages/html2text-author-box.txt', 'pages/lynx-dump.txt', 'pages/teasers-metadata.txt'];
    const texts = names.map((n) => fixture(n));
    const alone = texts.map((t) => cleanDocument(t, { source: 'p', options: resolveOptions({}) }));
    const shared = resolveOptions({});
    const inOrder = texts.map((t) => cleanDocument(t, { source: 'p', options: shared }));
    const reversed = [...texts].reverse().map((t) => cleanDocument(t, { source: 'p', options: shared })).reverse();
    const records = (rs: typeof alone) => rs.map((r) => (r.ok ? r.record : r.reject));
    expect(records(alone).some((r) => 'authors' in r && r.authors.length > 0)).toBe(true);
    expect(records(inOrder)).toEqual(records(alone));
    expect(records(reversed)).toEqual(records(alone));
  });
});

describe('a headline printed twice', () => {
  const HEADLINE = 'How to Patch a Leaking Rain Barrel in One Afternoon';
  const fields = (text: string) => {
    const r = cleanDocument(text, { source: 'page.txt' });
    if (!r.ok) throw new Error(r.reject.message);
    return { title: r.record.title, authors: r.record.authors, published: r.record.published };
  };
  // the page without the headline's copy under a photo in the text and with a shorter share bar: the ranker takes
  // the first copy instead of the second
  const firstTaken = () =>
    ['     * Delete\n', '     * Invite\n', '     * Promote\n', '     * Dismiss\n', '     * Share to Kinja\n', '     * Share to Pinterest\n', `   [barrel-seam.jpg]\n\n   ${HEADLINE}\n\n`].reduce(
      (text, cut) => text.replace(cut, ''),
      fixture('pages/headline-twice.txt'),
    );

  it.each([
    ['the second copy, under the share bar', () => fixture('pages/headline-twice.txt'), '-chrome:link-list'],
    ['the first copy', firstTaken, '-field:title'],
  ])("reads the author's box and the date between the two copies when the ranker takes %s", (_, text, firstCopy) => {
    expect(fate(pipeline(text()), HEADLINE)).toBe(firstCopy);
    expect(fields(text())).toEqual({ title: HEADLINE, authors: ['Teodora Vance'], published: '2021-06-14T09:30' });
  });

  it('looks under no earlier copy that stands among other headlines (a teaser of the same article in a list)', () => {
    const teasers = fixture('pages/headline-twice.txt').replace('   6/14/21 9:30am 6/14/21 9:30am\n', '$&\n   Five Herbs That Grow Happily on a Shady Windowsill\n');
    expect(fields(teasers).authors).toEqual([]);
  });

  it("takes no site name for an author when the headline taken is the site's slogan, printed again from the masthead", () => {
    const r = fields(fixture('pages/masthead-slogan.txt'));
    // the slogan is taken (the post's headline, over a byline in lower case, is no candidate): what this test is about
    expect(r.title).toBe('Dig in, grow on!');
    expect(r.authors).toEqual([]);
  });
});

describe('the date line of an html2text article header', () => {
  const published = (text: string) => {
    const r = cleanDocument(text, { source: 'page.txt' });
    if (!r.ok) throw new Error(r.reject.message);
    return r.record.published;
  };

  it("reads the date under a photo whose bracketed text a wide gap cut into several blocks, with the photo's credit", () => {
    expect(published(fixture('pages/html2text-split-caption.txt'))).toBe('2022-10-14');
  });

  it('takes no date further down the text than four blocks, when no bracket is open or a paragraph closes the run', () => {
    // the photo's credit, byline and date moved under the text's first paragraphs, as a teaser's date would stand
    const moved = fixture('pages/html2text-split-caption.txt')
      .replace('by Tomas Herrera\n14 Oct, 2022\n', '')
      .replace('fund and from a loan that the regional government has agreed to guarantee.\n', '$&Related: Ferry timetable changes for the winter\n14 Oct, 2022\n');
    expect(published(moved)).toBeNull();
    // an image's text that leaves its bracket open runs over three blocks at most: the paragraphs under it count
    expect(published(moved.replace('PETRIC/NORTHSHORE PRESS)]\n', 'PETRIC/NORTHSHORE PRESS)\n'))).toBeNull();
  });

  it('reads the date above a share bar of icon lines (each a block without words) and a box of specifications', () => {
    expect(published(fixture('pages/html2text-share-icons.txt'))).toBe('2021-05-09');
  });

  it("takes no masthead's date above the headline, however far the header reaches", () => {
    // the day's date that a masthead prints over its menu, the article's own date line gone
    const masthead = fixture('pages/html2text-share-icons.txt').replace('05.09.21 in Garden\n', '').replace('    * Home\n', 'Sunday, May 9, 2021\n$&');
    expect(published(masthead)).toBeNull();
  });
});
