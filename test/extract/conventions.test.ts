// One page per metadata convention of issue 4, written for the test: the field is read, and the line that gave it
// leaves the body. Traps check that a page which does not show a field gives null or [] for it.
import { cleanDocument, type CleanRecord } from '../../src/index.js';
import { page } from '../helpers.js';

const PARAGRAPHS = [
  'The regional water board approved a plan on Monday to replace the oldest pipes in the network, which lose almost a fifth of the water they carry before it reaches homes.',
  'Work will start in the northern districts in the spring and is expected to take six years, with streets dug up one block at a time to limit disruption for residents.',
  'Board members said the cost would be met partly from reserves and partly from a small rise in charges, which will be spread over the same six years.',
];

interface Parts {
  /** Lines above the headline (masthead, navigation, breadcrumb). */
  top?: string[];
  headline?: string | null;
  /** Lines between the headline and the text. */
  header?: string[];
  /** Text put in front of the first paragraph (a dateline). */
  lead?: string;
  /** Lines after the text. */
  footer?: string[];
}

/** A news page: blocks separated by blank lines, the article in the middle. */
function article({ top = ['Riverside Courier', 'Home | News | Sport | Business'], headline = 'Water board approves plan to replace old pipes', header = [], lead = '', footer = [] }: Parts): string {
  const body = [lead + PARAGRAPHS[0], ...PARAGRAPHS.slice(1)];
  const blocks = [...top, ...(headline === null ? [] : [headline]), ...header, ...body, ...footer];
  return page(...blocks.flatMap((b) => [b, '']));
}

function record(text: string): CleanRecord {
  const r = cleanDocument(text, { source: 'test.txt' });
  if (!r.ok) throw new Error(r.reject.message);
  return r.record;
}

describe('title', () => {
  it('is the headline above the text, not the site name or the navigation', () => {
    expect(record(article({})).title).toBe('Water board approves plan to replace old pipes');
  });

  it('is not a breadcrumb, a "Latest News" label or a photo caption', () => {
    const r = record(
      article({
        top: ['Latest News', 'Home > Local'],
        header: ['[pipes.jpg]', 'Workers lay new pipes on Elm Street on Monday (Photo: Ann Lee/Riverside Courier)'],
      }),
    );
    expect(r.title).toBe('Water board approves plan to replace old pipes');
    expect(r.section).toEqual(['Home', 'Local']);
  });

  it('is the heading above a caption under an image, even when the caption has no credit', () => {
    const r = record(article({ header: ['[pipes.jpg]', 'Workers lay new pipes on Elm Street on Monday afternoon'] }));
    expect(r.title).toBe('Water board approves plan to replace old pipes');
  });

  it('is the headline above a byline that carries the author\'s handle and the date', () => {
    const r = record(article({ header: ['by Mara Quill  @mquill   March 4, 2019: 3:42 PM ET'] }));
    expect(r.title).toBe('Water board approves plan to replace old pipes');
    expect(r.authors).toEqual(['Mara Quill']);
    expect(r.published).toBe('2019-03-04T15:42-05:00');
    expect(r.body).not.toContain('@mquill');
  });

  it('is the headline above a share bar under its label, and not the site name above a navigation bar', () => {
    expect(record(article({ header: ['Share this article: Facebook | X | Email'] })).title).toBe('Water board approves plan to replace old pipes');
    expect(record(article({ top: ['Riverside Courier', 'Home | About | Recipes | Contact'] })).title).toBe('Water board approves plan to replace old pipes');
  });

  it('is the headline, not the standfirst under it', () => {
    const standfirst = 'The plan will cost more than any project the board has taken on, but members say leaking pipes cost even more';
    expect(record(article({ header: [standfirst] })).title).toBe('Water board approves plan to replace old pipes');
  });

  it('is not a label line such as 原标题 ("original title") or a line of fields', () => {
    const r = record(article({ headline: '北京今年将新建改建公园五十处', header: ['2019年03月04日 15:42 新京报', '原标题：北京今年将新建改建公园五十处'] }));
    expect(r.title).toBe('北京今年将新建改建公园五十处');
  });

  it('may hold a spaced slash without being taken for a breadcrumb', () => {
    const r = record(article({ headline: 'Apple / Google deal probed', header: ['By Maria Keller'] }));
    expect(r.title).toBe('Apple / Google deal probed');
    expect(r.section).toEqual([]);
  });

  it('is null for a page that starts with its first paragraph', () => {
    expect(record(article({ top: [], headline: null })).title).toBeNull();
  });

  it('is null when only a site name, navigation and a "Latest News" label stand above the text', () => {
    expect(record(article({ top: ['Riverside Courier', 'Home | News | Sport', 'Latest News'], headline: null })).title).toBeNull();
  });
});

describe('section', () => {
  it.each([
    ['English>>Foreign Affairs', ['English', 'Foreign Affairs']],
    ['Home > World > Asia', ['Home', 'World', 'Asia']],
    ['Home » Business » Markets', ['Home', 'Business', 'Markets']],
    ['News / Politics', ['News', 'Politics']],
    ['当前位置：首页 > 新闻 > 国内', ['首页', '新闻', '国内']],
    ['Home > World > Water board approves plan to replace old pipes', ['Home', 'World']],
  ])('%s', (trail, section) => {
    const r = record(article({ top: ['Riverside Courier', trail] }));
    expect(r.section).toEqual(section);
    expect(r.body).not.toContain(trail);
  });

  it('is [] without a trail; a navigation bar or a photo credit is not one', () => {
    expect(record(article({ header: ['Ann Lee / AP'] })).section).toEqual([]);
  });
});

describe('published', () => {
  it.each([
    ['20:59, June 14, 2013', '2013-06-14T20:59'],
    ['Updated: 2013-06-15 07:46', '2013-06-15T07:46'],
    ['Published 3:42 PM ET, Mon March 4, 2019', '2019-03-04T15:42-05:00'],
    ['2019-03-04T15:42:00Z', '2019-03-04T15:42Z'],
    ['4 March 2019', '2019-03-04'],
    ['March 4, 2019 / 3:42 PM', '2019-03-04T15:42'],
    ['Mar. 4, 2019', '2019-03-04'],
    ['2013年06月14日20:59', '2013-06-14T20:59'],
    ['2013-06-14 20:59:31', '2013-06-14T20:59'],
    ['Mon 4 Mar 2019 15.42 GMT', '2019-03-04T15:42Z'],
    ['2019.03.04 15:42', '2019-03-04T15:42'],
    ['Last updated Nov 8, 2023', '2023-11-08'],
    ['veröffentlicht am 30 April 2019', '2019-04-30'],
    ['17. Januar 2014 · 02:16', '2014-01-17T02:16'],
    ['Gepubliceerd op 4 maart 2019 om 10:30', '2019-03-04T10:30'],
    ['Publicado em 4 de março de 2019, às 10h30', '2019-03-04T10:30'],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03T02:00-05:00'],
  ])('%s', (line, iso) => {
    const r = record(article({ header: [line] }));
    expect(r.published).toBe(iso);
    expect(r.body).not.toContain(line);
  });

  it('prefers the article header over a headline list with dates above it', () => {
    const list = ['Latest headlines', 'March 1, 2019 - Library extends opening hours', 'February 28, 2019 - Elm Street closed for repairs', 'February 27, 2019 - School wins regional title'];
    expect(record(article({ top: list, header: ['Posted March 4, 2019 at 7:30 am'] })).published).toBe('2019-03-04T07:30');
    expect(record(article({ top: list })).published).toBeNull();
  });

  it('takes no date from comments or from a sentence of the text', () => {
    const comments = ['Comments', 'Posted by Mike on March 5, 2019 at 10:14 am', 'Good news at last.'];
    expect(record(article({ footer: comments })).published).toBeNull();
    expect(record(article({ lead: 'On 12 May 2018 the board first discussed the plan. ' })).published).toBeNull();
  });

  it('leaves an ambiguous numeric date empty unless another date on the page shows the order', () => {
    expect(record(article({ header: ['Posted 04/03/2019'] })).published).toBeNull();
    expect(record(article({ header: ['Posted 04/03/2019 | Updated 15/03/2019'] })).published).toBe('2019-03-04');
  });

  it('reads the date part of a line of fields', () => {
    const r = record(article({ header: ['Source: Xinhua| 2019-01-06 07:46:12|Editor: Mu Xuequan'] }));
    expect(r.published).toBe('2019-01-06T07:46');
    expect(r.agency).toBe('Xinhua');
    expect(r.editors).toEqual(['Mu Xuequan']);
    expect(r.body).not.toContain('Source');
  });
});

describe('dateline', () => {
  it.each([
    ['BEIJING, June 14 (Xinhua) -- ', { place: 'BEIJING', date: 'June 14', agency: 'Xinhua' }],
    ['WASHINGTON (Reuters) - ', { place: 'WASHINGTON', date: null, agency: 'Reuters' }],
    ['NEW YORK (AP) — ', { place: 'NEW YORK', date: null, agency: 'AP' }],
    ['LONDON, March 3 (AFP) - ', { place: 'LONDON', date: 'March 3', agency: 'AFP' }],
    ['UNITED NATIONS, Jan. 5 (Xinhua) -- ', { place: 'UNITED NATIONS', date: 'Jan. 5', agency: 'Xinhua' }],
    ['KYIV, Ukraine (AP) — ', { place: 'KYIV, Ukraine', date: null, agency: 'AP' }],
    ['SAN FRANCISCO — ', { place: 'SAN FRANCISCO', date: null, agency: null }],
    ['MOSCOW, March 4. /TASS/. ', { place: 'MOSCOW', date: 'March 4', agency: 'TASS' }],
    ['SEOUL, Oct. 7 (Yonhap) -- ', { place: 'SEOUL', date: 'Oct. 7', agency: 'Yonhap' }],
    ['Chennai, Feb 9 (PTI) ', { place: 'Chennai', date: 'Feb 9', agency: 'PTI' }],
    ['KOLKATA, Aug 21 (IANS) ', { place: 'KOLKATA', date: 'Aug 21', agency: 'IANS' }],
    ['DENVER (The Associated Press) — ', { place: 'DENVER', date: null, agency: 'AP' }],
  ])('%s', (lead, dateline) => {
    const r = record(article({ lead }));
    expect(r.dateline).toEqual(dateline);
    expect(r.agency).toBe(dateline.agency);
    expect(r.body.startsWith(lead.trim())).toBe(true);
  });

  it('reads the Chinese wire form and the reporters it names', () => {
    const text = page(
      '我国启动新一轮城市供水管网改造',
      '',
      '新华社北京3月4日电（记者 王伟 李娜）住房和城乡建设部4日表示，今年将改造城市老旧供水管网一万公里，进一步降低管网漏损率，保障城市供水安全，让群众喝上放心水。',
      '',
      '住房和城乡建设部有关负责人介绍，改造将优先安排漏损严重、使用年限较长的管网，并同步推进智能水表和分区计量建设，提高供水管理的精细化水平。',
    );
    const r = record(text);
    expect(r.dateline).toEqual({ place: '北京', date: '3月4日', agency: '新华社' });
    expect(r.authors).toEqual(['王伟', '李娜']);
  });

  it.each([
    ['PARIS has spent more on its river than on any other project. '],
    ['NASA – the space agency – said on Monday that it agreed. '],
    ['BREAKING — Police closed the road on Monday. '],
    ['The US - and its allies - agreed on Monday. '],
    ['Chennai, Feb 9 (Sunday) The market was closed. '],
  ])('is null when the text starts like %s', (lead) => {
    expect(record(article({ lead })).dateline).toBeNull();
  });
});

describe('agency', () => {
  it.each([
    [['(Xinhua)'], [], 'Xinhua'],
    [['Source: Xinhua'], [], 'Xinhua'],
    [[], ['Reuters'], 'Reuters'],
    [[], ['-- AFP'], 'AFP'],
    [['(China Daily)'], [], 'China Daily'],
    [['来源：新华网'], [], '新华网'],
    [[], ['(Source: Xinhua)'], 'Xinhua'],
    [['Source: Press Trust of India'], [], 'PTI'],
    [[], ['Kyodo News'], 'Kyodo'],
  ])('%j above or %j below the text', (header, footer, agency) => {
    const r = record(article({ header, footer }));
    expect(r.agency).toBe(agency);
    for (const line of [...header, ...footer]) expect(r.body).not.toContain(line);
  });

  it.each([
    ['2019年03月04日 15:42 新京报', '新京报'],
    ['By Zhang Yue | chinadaily.com.cn | Updated: 2019-03-04 07:46', 'chinadaily.com.cn'],
  ])('an outlet without a label in the line of fields %s', (line, agency) => {
    const r = record(article({ header: [line] }));
    expect(r.agency).toBe(agency);
    expect(r.published).not.toBeNull();
    expect(r.body).not.toContain(line);
  });

  it("is not the paper's own name on its own pages, but a wire agency's always", () => {
    const credit = { header: ['Source: Harbour Times | March 4, 2019'] };
    expect(record(article({ top: ['HARBOUR TIMES', 'Home | News | Sport'], ...credit })).agency).toBeNull();
    expect(record(article({ ...credit, footer: ['© 2019 Harbour Times. All rights reserved.'] })).agency).toBeNull();
    expect(record(article(credit)).agency).toBe('Harbour Times');
    expect(record(article({ top: ['Reuters', 'Home | News'], lead: 'LONDON (Reuters) - ' })).agency).toBe('Reuters');
    expect(record(article({ top: ['AFP', 'Home | News'], header: ['Source: AFP'] })).agency).toBe('AFP');
  });

  it('is null for a button, an image placeholder or a number in brackets', () => {
    expect(record(article({ header: ['(BUTTON)', '[logo.png]', 'Comments (12)'] })).agency).toBeNull();
  });
});

describe('authors', () => {
  it.each([
    ['By John Smith', ['John Smith'], null],
    ['By JOHN SMITH and JANE DOE, Associated Press', ['John Smith', 'Jane Doe'], 'AP'],
    ['By Jane Doe, Science correspondent', ['Jane Doe'], null],
    ['Zhang Yue (China Daily)', ['Zhang Yue'], 'China Daily'],
    ['Author: Li Na', ['Li Na'], null],
    ['作者：李娜', ['李娜'], null],
    ['By Tom Hale & Ann Park', ['Tom Hale', 'Ann Park'], null],
    ['By Kate Morris, March 4, 2019', ['Kate Morris'], null],
    ['Jane Doe | March 4, 2019', ['Jane Doe'], null],
    ['Posted on March 4, 2019 by Sam Lee', ['Sam Lee'], null],
    ['By JANE ROE Associated Press', ['Jane Roe'], 'AP'],
    ['KENJI SATO, Kyodo News', ['Kenji Sato'], 'Kyodo'],
    ['本报记者 王伟 李娜', ['王伟', '李娜'], null],
    ['By Fatou Diallo / AFP', ['Fatou Diallo'], 'AFP'],
    ['By PETER MALLORY FEB. 3, 2018', ['Peter Mallory'], null],
    ['By Ana Ruiz, Tom Berg and Lea Stone', ['Ana Ruiz', 'Tom Berg', 'Lea Stone'], null],
    ['Von Anna Keller und Jonas Brandt', ['Anna Keller', 'Jonas Brandt'], null],
    ['Par Claire Dubois', ['Claire Dubois'], null],
    ['Por María López y Juan Pérez', ['María López', 'Juan Pérez'], null],
    ['Di Marco Rossi', ['Marco Rossi'], null],
    ['Door Pieter de Vries', ['Pieter de Vries'], null],
    ['文/张伟', ['张伟'], null],
    ['记者 王芳', ['王芳'], null],
    ['by Lena Fox12 Mar 2019', ['Lena Fox'], null],
    ['By Ana Ruiz @anaruiz', ['Ana Ruiz'], null],
    ['By Ana Ruiz (reporting) and Tom Berg (photography)', ['Ana Ruiz'], null],
  ])('%s', (line, authors, agency) => {
    const r = record(article({ header: [line] }));
    expect(r.authors).toEqual(authors);
    expect(r.agency).toBe(agency);
    expect(r.body).not.toContain(line);
  });

  it.each([
    // html2text joins a link's words with underscores; a handle keeps its own
    ['By_Mara_Quill', ['Mara Quill'], null],
    ['By_Mara_Quill  @mara_quill', ['Mara Quill'], null],
    // "By" set apart from the name by a wide gap
    ['By  MARA QUILL  MARCH 4, 2019', ['Mara Quill'], '2019-03-04'],
  ])('reads the byline %s', (line, authors, published) => {
    const r = record(article({ header: [line] }));
    expect(r.authors).toEqual(authors);
    expect(r.published).toBe(published);
    expect(r.title).toBe('Water board approves plan to replace old pipes');
  });

  it('reads a name on its own line above the date line', () => {
    const r = record(article({ header: ['Kimberly Chan', 'Published: 3:42pm, 4 Mar, 2019'] }));
    expect(r.authors).toEqual(['Kimberly Chan']);
    expect(r.published).toBe('2019-03-04T15:42');
    expect(r.body).not.toContain('Kimberly Chan');
  });

  it('reads a name alone under the headline beside a two-digit-year date, month first on an English page', () => {
    const r = record(article({ header: ['Rosa Delgado', '9/11/13 10:00AM'] }));
    expect(r.authors).toEqual(['Rosa Delgado']);
    expect(r.published).toBe('2013-09-11T10:00');
  });

  it('reads a name alone above the headline over a reading time, not a section name, nor a category over a date', () => {
    expect(record(article({ top: ['Riverside Courier', 'Lena Marsh', '6 min read'] })).authors).toEqual(['Lena Marsh']);
    expect(record(article({ top: ['Riverside Courier', 'Local Politics', '6 min read'] })).authors).toEqual([]);
    expect(record(article({ top: ['Riverside Courier', 'Winter Games', '02 Feb. 2022'] })).authors).toEqual([]);
  });

  it('reads a byline that closes the article', () => {
    const r = record(article({ footer: ['By Owen Price, Local Democracy Reporter'] }));
    expect(r.authors).toEqual(['Owen Price']);
    expect(r.body).not.toContain('Owen Price');
  });

  it('reads Reuters footers: Reporting by A and B (not C of "Additional reporting by C")', () => {
    const footer = 'Reporting by Anna Lee and Tom Berg; Additional reporting by Ravi Shah in Mumbai; Editing by Chris Dunn';
    const r = record(article({ lead: 'WASHINGTON (Reuters) - ', footer: [footer] }));
    expect(r.authors).toEqual(['Anna Lee', 'Tom Berg']);
    expect(r.editors).toEqual(['Chris Dunn']);
    expect(r.body).not.toContain('Reporting by');
  });

  it.each([['By the way, the board had been warned about the pipes for years. '], ['By 2030 every old pipe should be gone. ']])(
    'is [] when the text starts with "%s"',
    (lead) => {
      const r = record(article({ top: [], headline: null, lead }));
      expect(r.authors).toEqual([]);
      expect(r.body.startsWith(lead.trim())).toBe(true);
    },
  );
});

describe('editors', () => {
  it.each([
    ['(Editor:LiXiang、Zhang Qian)', ['LiXiang', 'Zhang Qian']],
    ['(Web editor: Zhang Kaiwei, Liang Jun)', ['Zhang Kaiwei', 'Liang Jun']],
    ['[Editor: Mu Xuequan]', ['Mu Xuequan']],
    ['Editor: Wang Yu', ['Wang Yu']],
    ['Editing by Chris Reese and Jonathan Oatis', ['Chris Reese', 'Jonathan Oatis']],
    ['Edited by Sarah Connell & Tom Price', ['Sarah Connell', 'Tom Price']],
    ['(Edited by Sarah Connell; Tom Price)', ['Sarah Connell', 'Tom Price']],
    ['责任编辑：张三', ['张三']],
    ['【责任编辑：刘洋 】', ['刘洋']],
    ['责编：王五', ['王五']],
    // the word is looked for once the converter's markup is gone, as the credit is read
    ['**Edi**tor: Wang Yu', ['Wang Yu']],
    ['[Edi](/staff)tor: Wang Yu', ['Wang Yu']],
  ])('%s', (line, editors) => {
    const r = record(article({ footer: [line] }));
    expect(r.editors).toEqual(editors);
    expect(r.body).not.toContain(line);
  });

  it('cuts a credit that ends the last paragraph out of it', () => {
    const last = 'Board members said they would meet again in June to look at the first results of the work in the northern districts.';
    const r = record(article({ footer: [`${last} (Editor: Wang Yu)`] }));
    expect(r.editors).toEqual(['Wang Yu']);
    expect(r.body).toContain(last);
    expect(r.body).not.toContain('Wang Yu');
  });

  it('is [] on a page that credits no editor', () => {
    expect(record(article({ footer: ['The editor said nothing.'] })).editors).toEqual([]);
  });
});
