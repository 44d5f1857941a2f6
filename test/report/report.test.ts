// The report file: sampling on large corpora, escaping of page text, counts, determinism, and the CLI command.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { isSampled, ReportCollector } from '../../src/report/collect.js';
import { renderReport } from '../../src/report/html.js';
import { viewBytes } from '../../src/run/runner.js';
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
    const r = run(['report', path.join(dir, 'in'), '-o', out]);
    expect(r.status).toBe(0);
    expect(run(['report', path.join(dir, 'in'), path.join(dir, 'missing.html'), '-o', path.join(dir, 'other.html')]).status).toBe(1);
    expect(r.stderr).toContain('menu.txt: no-body:');
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('3 pages: 2 records, 1 rejected');
    expect(html).toContain('Bridge closed as river rises');
    expect(html).toContain('data-rule="chrome:html-nav"');
  });

  it('exits 2 on a bad --max-pages', () => {
    expect(run(['report', 'fixtures/html', '--max-pages', '0']).status).toBe(2);
  });
});
