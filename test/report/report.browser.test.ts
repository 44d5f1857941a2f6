/// <reference lib="dom" />
// The report as a reader sees it: Debian's headless Chromium, driven by playwright-core, opens a report made by
// the built CLI and checks its structure, its filters, that it logs no console errors and asks for nothing over
// the network. A screenshot is saved to test-artifacts/ (not committed). Needs /usr/bin/chromium (.ci/run
// installs the Debian package).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { jest } from '@jest/globals';
import { ROOT } from '../helpers.js';
import { scratch } from '../scratch.js';

const CHROMIUM = '/usr/bin/chromium';
// as this machine's notes require: no background connections of Chromium's own (the network is closed)
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
// the report covers the HTML test pages, their text dumps and the sample pages
const PAGES = ['fixtures/html', 'fixtures/html/dumps', 'fixtures/seeds']
  .map((d) => readdirSync(path.join(ROOT, d)).filter((f) => /\.(?:html|txt)$/.test(f)).length)
  .reduce((a, b) => a + b);

jest.setTimeout(120_000);

describe('the HTML report in a browser', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let reportUrl: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
    const dir = scratch('report');
    const out = path.join(dir, 'report.html');
    const r = spawnSync(process.execPath, ['bin/corpus-clean.js', 'report', 'fixtures/html', 'fixtures/seeds', '-o', out, '--verbose'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toContain(`report of ${PAGES} page(s)`);
    expect(r.status).toBe(0);
    reportUrl = pathToFileURL(out).href;
    // playwright starts Chromium with a new, empty profile directory of its own
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (req) => {
      if (req.url() !== reportUrl) requests.push(req.url());
    });
    await page.goto(reportUrl, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every page, with a chart of removals and the detailed pages', async () => {
    expect(await page.locator('#page-table tbody tr').count()).toBe(PAGES);
    expect(await page.locator('article.page').count()).toBe(PAGES);
    expect(await page.locator('#chart .bar').count()).toBeGreaterThan(5);
    expect(await page.locator('#sampling').textContent()).toContain(`All ${PAGES} pages`);
  });

  it('shows removed blocks struck through in their rule colour, and kept blocks plain', async () => {
    const removed = page.locator('article.page .blk.removed').first();
    expect(await removed.getAttribute('data-rule')).toMatch(/^(chrome|field|dup):/);
    const style = await removed.locator('del').evaluate((el) => {
      const s = getComputedStyle(el);
      return { line: s.textDecorationLine, colour: s.color };
    });
    expect(style.line).toContain('line-through');
    expect(style.colour).not.toBe('rgb(29, 35, 39)');
    const kept = await page.locator('.blk.kept del').count();
    expect(kept).toBe(0);
    // the wire story keeps its lead paragraph and strikes its navigation
    const wire = page.locator('article.page', { hasText: 'wire-story.html' });
    await expect(wire.locator('.blk.kept', { hasText: 'THE HAGUE, May 18' }).count()).resolves.toBe(1);
    await expect(wire.locator('.blk.removed[data-rule="chrome:html-footer"]').count()).resolves.toBeGreaterThan(0);
  });

  it('filters pages with little body left, and by rule from the chart', async () => {
    await page.fill('#f-max-body', '700');
    const small = await page.locator('#page-table tbody tr').count();
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThan(PAGES);
    const bodies = await page.locator('#page-table tbody tr td:nth-child(6)').allTextContents();
    expect(bodies.every((b) => Number(b) <= 700)).toBe(true);
    expect(await page.locator('article.page:not([hidden])').count()).toBe(small);
    await page.click('#f-reset');
    await page.click('#chart .bar[data-rule="chrome:html-hint"]');
    const sources = await page.locator('#page-table tbody tr td:nth-child(2)').allTextContents();
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.every((s) => s.endsWith('.html'))).toBe(true);
    await page.click('#f-reset');
  });

  it('logs no console errors and makes no requests beyond the file itself', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png'), fullPage: false });
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
