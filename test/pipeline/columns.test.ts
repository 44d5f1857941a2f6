import { splitColumns } from '../../src/pipeline/columns.js';
import { explainPage } from '../../src/explain/explain.js';
import { resolveOptions } from '../../src/options.js';
import { fixture, fixtureBody, pipeline } from '../helpers.js';

const opts = resolveOptions({}).columns;

describe('two columns printed side by side', () => {
  const page = fixture('pages/two-columns.txt');

  it('reads the body column, then the sidebar, each line numbered as on the page', () => {
    const split = splitColumns(page.split('\n'), opts)!;
    expect(split).not.toBeNull();
    const at = (start: string) => split.lines.findIndex((l) => l.startsWith(start));
    // the body's lines follow each other, the sidebar's come after them
    expect(at('depot beside the river')).toBe(at('The city council voted') + 1);
    expect(at('Most read')).toBeGreaterThan(at('regional fund arrives'));
    expect(split.lines.some((l) => l.includes('Most read') && l.includes('covered market'))).toBe(false);
    // the header above the columns and the footer under them stay where they were: above and below both
    expect(split.lines[0]).toMatch(/^News from the Valley/);
    expect(at('(c) 2021')).toBeGreaterThan(at('Open day at the museum'));
    const lineOf = (start: string) => split.lineNumbers[at(start)];
    const pageLine = (start: string) => page.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    expect(lineOf('depot beside the river')).toBe(pageLine('depot beside the river'));
    expect(lineOf('Bridge closed after storm')).toBe(pageLine('By Anna Lind'));
  });

  it('gives the article whole, without the sidebar', () => {
    const body = fixtureBody('pages/two-columns.txt');
    expect(body).toContain('The city council voted on Tuesday evening to turn the old freight depot beside the river into a covered market, ending a dispute');
    expect(body).toContain('fixed for five years.');
    for (const chrome of ['Most read', 'Bridge closed', 'Facebook', 'Sunny, 21 degrees', 'Jazz in the park']) expect(body).not.toContain(chrome);
  });

  it('--explain gives the page\'s line numbers', () => {
    const doc = pipeline(page);
    const explained = explainPage('two-columns.txt', { ok: true, doc, format: 'text' } as never);
    const block = explained.blocks.find((b) => b.text.startsWith('Bridge closed after storm'))!;
    const n = page.split('\n').findIndex((l) => l.includes('Bridge closed after storm')) + 1;
    expect(block.lines).toEqual([n, n]);
  });

  it('leaves tables, a contents list and a listing with aligned comments alone', () => {
    expect(splitColumns(fixture('pages/columns-lookalikes.txt').split('\n'), opts)).toBeNull();
  });

  it('leaves a page in one column alone', () => {
    expect(splitColumns(fixture('pages/lynx-dump.txt').split('\n'), opts)).toBeNull();
    expect(splitColumns(fixture('pages/code-listing.txt').split('\n'), opts)).toBeNull();
  });

  it('reads CJK columns by their display width', () => {
    // a paragraph wrapped at 36 characters (72 columns), a sidebar at column 80
    const text =
      '川のそばに古い倉庫があり、町の人びとはそこに市場を開くことを長いあいだ話し合ってきました。きのうの会議で、ついに計画がきまり、来年の春から工事がはじまります。屋根はそのまま残し、広場には九十の店がならぶ予定です。店を出すのは、いま川ぞいで車から売っている人たちで、家賃は五年のあいだ変わりません。反対していた人たちは、住宅を建てるべきだと話しています。市長は、ほかの土地に家を建てる場所をさがすと約束しました。工事のお金は県からとどく予定で、最初の店は来年の終わりに開くかもしれません。';
    const body: string[] = [];
    for (let i = 0; i < text.length; i += 36) body.push(text.slice(i, i + 36));
    const side = ['よく読まれている記事', '橋が通行止めに', '給食が安くなる', '空港への新しいバス', '夏祭りは八月に', '天気は晴れ', '図書館の休館日', '今週のもよおし'];
    const lines = body.map((l, i) => (side[i] ? l + ' '.repeat(80 - l.length * 2) + side[i] : l));
    const split = splitColumns(lines, opts);
    expect(split).not.toBeNull();
    expect(split!.lines.slice(0, body.length)).toEqual(body);
    expect(split!.lines.filter((l) => l !== '').slice(body.length)).toEqual(side.slice(0, body.length));
  });
});

describe('a narrow left column (a sidebar of short items) printed beside the article', () => {
  const page = fixture('pages/narrow-sidebar.txt');

  it('reads the sidebar, then the article, its sentences on consecutive lines', () => {
    const split = splitColumns(page.split('\n'), opts)!;
    expect(split).not.toBeNull();
    const at = (start: string) => split.lines.findIndex((l) => l.startsWith(start));
    expect(at('islands will keep sailing')).toBe(at('The regional ferry company') + 1);
    expect(at('to find the crossing cancelled')).toBe(at('that her customers had') + 1);
    // the item that runs up to the article's column with one space before it is split there too
    expect(at("Readers' letters")).toBeGreaterThanOrEqual(0);
    expect(at('board hopes that teachers')).toBe(at('away because winter life') + 1);
    expect(at('Most read')).toBeLessThan(at('The regional ferry company'));
    expect(split.lines.some((l) => /^(Sections|Local news|Most read)\s+\S/.test(l))).toBe(false);
  });

  it('gives the article whole, without the sidebar', () => {
    const body = fixtureBody('pages/narrow-sidebar.txt');
    expect(body).toContain('The regional ferry company said on Monday that boats to the three outer islands will keep sailing through the winter months');
    expect(body).toContain('at half the usual fare.');
    for (const chrome of ['Local news', 'Subscribe now', "Readers' letters", 'Storm damage']) expect(body).not.toContain(chrome);
  });

  it('leaves a schedule beside wrapped descriptions and a list of labels and values alone', () => {
    expect(splitColumns(fixture('pages/columns-narrow-lookalikes.txt').split('\n'), opts)).toBeNull();
  });
});

describe('a narrow first column of years beside CJK table rows', () => {
  it('is a table, not a sidebar: each row ends in a bracket, no sentence goes on into the next', () => {
    const rows = [
      '第三届 河畔城市文学节 年度最佳长篇小说作者奖 《北方的河流与村庄》 （获奖）',
      '第三届 河畔城市文学节 年度最佳短篇小说作者奖 《雨中的火车站》 （提名）',
      '第二届 河畔城市文学节 年度最受读者欢迎的作家奖 《海边的灯塔》 （获奖）',
      '第二届 全国青年散文大赛 一等奖 《外婆家的院子和那棵老树》 （获奖）',
      '第一届 全国青年散文大赛 二等奖 《冬天的市场与卖菜的老人》 （提名）',
      '第一届 河畔城市文学节 年度新人作家奖 《山路上的学校与孩子们》 （获奖）',
      '第一届 省图书馆年度推荐书目 《一条街道的一百年历史》 （获奖）',
    ];
    // each row as long as the longest (a table's rows fill the cell): only the bracket tells that none goes on
    const lines = rows.map((r, i) => `▪ ${2019 - i}` + ' '.repeat(12) + r.padStart(44, '第'));
    expect(splitColumns(lines, opts)).toBeNull();
  });
});
