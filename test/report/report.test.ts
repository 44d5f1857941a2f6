// The report file: sampling on large corpora, escaping of page text, counts, determinism, and the CLI command.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { isSampled, ReportCollector } from '../../src/report/collect.js';
import { renderReport } from '../../src/report/html.js';
import { ruleColours } from '../../src/report/colours.js';
import { viewBytes } from '../../src/run/page.js';
import { ROOT } from '../helpers.js';
import { scratch } from '../scratch.js';

const article = (title: string) =>
  `<!doctype html><body><nav><a href="/">Home</a> <a href="/n">News</a></nav><h1>${title}</h1>` +
  '<p>The river rose by two metres overnight and the town closed the lower bridge to all traffic until further notice.</p>' +
  '<p>Residents of the streets near the water were asked to move their cars to higher ground before the evening.</p></body>';

describe('isSampled', () => {
  it('takes every page of a small corpus and exactly max pages, evenly spread, of a large one', () => {
    expect([0, 1, 2].every((i) => isSampled(i, 3, 5))).toBe(true);
    const picked = Array.from({ length: 1000 }, (_, i) => i).filter((i) => isSampled(i, 1000, 10));
    expect(picked).toHaveLength(10);
    expect(picked).toEqual([99, 199, 299, 399, 499, 599, 699, 799, 899, 999]);
  });
});

describe('renderReport', () => {
  function report(titles: string[], max: number): string {
    const c = new ReportCollector(titles.length, max);
    titles.forEach((t, i) => c.add(`page-${i}.html`, viewBytes(Buffer.from(article(t)), `page-${i}.html`)));
    c.add('empty.txt', viewBytes(Buffer.from('   '), 'empty.txt'));
    return renderReport(c.finish(), { version: '9.9.9' });
  }

  it('escapes page text, so markup in a page shows as text and cannot end the data script', () => {
    // the page's headline is text that looks like markup (escaped in the page's own source)
    const html = report(['Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;'], 10);
    expect(html).toContain('Use &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<script>alert(1)');
    const data = html.slice(html.indexOf('<script type="application/json"'));
    expect(data.indexOf('</script>')).toBeGreaterThan(data.indexOf('\\u003c/script>'));
  });

  it('says when it samples, and counts all pages in the totals', () => {
    const titles = Array.from({ length: 30 }, (_, i) => `River rises in town number ${i}`);
    const html = report(titles, 5);
    expect(html).toContain('5 of 31 pages are shown in detail');
    expect(html.match(/<article class="page /g)).toHaveLength(5);
    expect(html).toContain('31 pages: 30 records, 1 rejected');
    // all 31 rows are in the data for the page list
    expect(JSON.parse(html.match(/<script type="application\/json" id="report-data">(.*?)<\/script>/s)![1]).rows).toHaveLength(31);
  });

  it('is deterministic and asks for nothing from outside', () => {
    const a = report(['Flood warning for the valley'], 10);
    expect(report(['Flood warning for the valley'], 10)).toBe(a);
    expect(a).toContain('Content-Security-Policy');
    expect(a).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//);
    expect(a).not.toMatch(/@import|url\(/);
  });
});

describe('ruleColours', () => {
  it('gives a rule the same colour in every report, whatever the other rules and counts', () => {
    const a = ruleColours({ 'chrome:widget': 9, 'field:title': 2 });
    const b = ruleColours({ 'field:title': 30, 'chrome:link-list': 12, 'chrome:widget': 1, 'chrome:new-rule': 4 });
    expect(b.get('chrome:widget')).toBe(a.get('chrome:widget'));
    expect(b.get('field:title')).toBe(a.get('field:title'));
    // listed by count, most first
    expect([...b.keys()]).toEqual(['field:title', 'chrome:link-list', 'chrome:new-rule', 'chrome:widget']);
    expect(ruleColours({ 'chrome:new-rule': 1 }).get('chrome:new-rule')).toBe(b.get('chrome:new-rule'));
  });

  it('tells the cleaner\'s rules apart', () => {
    const rules = ['chrome:link-list', 'chrome:widget', 'chrome:outside-main', 'chrome:template', 'chrome:html-nav', 'chrome:orphan-heading', 'field:title', 'field:byline', 'dup:paragraph'];
    const colours = ruleColours(Object.fromEntries(rules.map((r) => [r, 1])));
    expect(new Set(colours.values()).size).toBe(rules.length);
  });
});

describe('corpus-clean report (CLI)', () => {
  const BIN = path.join(ROOT, 'bin/corpus-clean.js');
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });

  it('writes the report file, walks directories for .html, and exits 0 when a page is rejected, 1 when one is missing', () => {
    const dir = scratch('rep');
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in', 'a.html'), article('Bridge closed as river rises'));
    writeFileSync(path.join(dir, 'in', 'b.htm'), article('Second bridge closed as well'));
    writeFileSync(path.join(dir, 'in', 'menu.txt'), 'Home\n\nNews\n');
    const out = path.join(dir, 'report.html');
    const r = run(['report', path.join(dir, 'in'), '-o', out, '--verbose']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('menu.txt: no-body:');
    expect(r.stderr).toContain('report of 3 page(s) to');
    // not on a terminal, only errors are said: a missing input, which is exit 1
    const missing = run(['report', path.join(dir, 'in'), path.join(dir, 'missing.html'), '-o', path.join(dir, 'other.html')]);
    expect([missing.status, missing.stderr]).toEqual([1, `corpus-clean: ${path.join(dir, 'missing.html')}: unreadable: no such file or directory\n`]);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('3 pages: 2 records, 1 rejected');
    expect(html).toContain('Bridge closed as river rises');
    expect(html).toContain('data-rule="chrome:html-nav"');
  });

  it('exits 2 on a bad --max-pages', () => {
    expect(run(['report', 'fixtures/html', '--max-pages', '0']).status).toBe(2);
  });

  it('reads pages as clean does: --encoding, and --max-bytes rejecting larger pages unread', () => {
    const dir = scratch('rep-enc');
    const page = 'fixtures/bad/encodings/fr-windows-1252.txt';
    const html = (args: string[]) => {
      const out = path.join(dir, `r${args.length}.html`);
      expect(run(['report', page, '-o', out, ...args]).status).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(html([])).toContain('La boulangerie du quartier rouvre après trois mois de travaux');
    // read as KOI8-R, the accented letters are Cyrillic ones
    expect(html(['--encoding', 'koi8-r'])).not.toContain('rouvre après');
    const small = html(['--max-bytes', '100', '--quiet']);
    expect(small).toContain('too-large');
    expect(small).toContain('1 pages: 0 records, 1 rejected');
    // an unknown encoding is a usage error, said before any page is read
    const bad = run(['report', page, '-o', path.join(dir, 'x.html'), '--encoding', 'klingon']);
    expect([bad.status, bad.stderr]).toEqual([2, 'corpus-clean: unknown encoding "klingon" (for example utf-8, windows-1252, gb18030, big5, shift_jis, euc-kr)\n']);
  });
});
