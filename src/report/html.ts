// The report as one self-contained HTML file: inline CSS, inline script, inline SVG, no external resource of any
// kind (a Content-Security-Policy says so to the browser too). Deterministic: the same corpus gives the same
// bytes, so reports can be compared and committed.
import type { ReportData, ReportPage } from './collect.js';
import { ruleColours } from './colours.js';
import { removalChart } from './chart.js';
import { escapeHtml as esc, scriptJson } from './escape.js';
import { REPORT_CSS } from './style.js';
import { REPORT_JS } from './script.js';

export interface ReportOptions {
  version: string;
  /** Pages with at most this many body characters are what the "little body left" filter shows. */
  littleBody?: number;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

export function renderReport(data: ReportData, opts: ReportOptions): string {
  const colours = ruleColours(data.removed);
  const pages = data.pages;
  const records = pages.filter((p) => p.status === 'record').length;
  const blocks = pages.reduce((n, p) => n + p.blocks, 0);
  const kept = pages.reduce((n, p) => n + p.kept, 0);
  const little = opts.littleBody ?? 500;
  const rows = pages.map((p) => ({
    n: p.n, source: p.source, format: p.format, status: p.status, reason: p.reject?.reason ?? null, title: p.fields?.title ?? null,
    body: p.bodyChars, blocks: p.blocks, kept: p.kept, top: topRule(p), rules: Object.keys(p.removed), sampled: p.sampled,
  }));
  const ruleVars = [...colours].map(([rule, c], i) => `.r${i} { --c: ${c}; }`).join('\n');
  const ruleClass = new Map([...colours.keys()].map((rule, i) => [rule, `r${i}`]));
  const sampling =
    data.sampled < pages.length
      ? `<p class="note sampling" id="sampling">Large corpus: ${data.sampled} of ${pages.length} pages are shown in detail (evenly spaced in input order, at most ${data.maxDetailed}; change with --max-pages). The chart, the totals and the page list count all ${pages.length} pages.</p>`
      : `<p class="note" id="sampling">All ${pages.length} pages are shown in detail.</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="corpus-clean ${esc(opts.version)}">
<title>corpus-clean report: ${pages.length} pages</title>
<style>${REPORT_CSS}
${ruleVars}</style>
</head>
<body>
<header class="top">
<h1>corpus-clean report</h1>
<p class="meta">${pages.length} pages: ${records} records, ${pages.length - records} rejected. Made by corpus-clean ${esc(opts.version)}.</p>
${sampling}
</header>
<main>
<section class="card" id="summary">
<h2>Removed blocks per rule</h2>
<ul class="totals"><li><b>${blocks}</b>blocks read</li><li><b>${kept}</b>kept as body</li><li><b>${blocks - kept}</b>removed</li><li><b>${pct(kept, blocks)}</b>kept overall</li></ul>
${removalChart(data.removed, colours)}
<p class="note">Click a bar to list the pages where that rule removed something.</p>
</section>
<section class="card" id="pages">
<h2>Pages</h2>
<form id="filters">
<label>Body at most (characters)<input id="f-max-body" type="number" min="0" step="1"></label>
<label>Kept at most (% of blocks)<input id="f-max-kept" type="number" min="0" max="100" step="1"></label>
<label>Status<select id="f-status"><option value="">all</option><option value="record">records</option><option value="rejected">rejected</option></select></label>
<label>Removed by rule<select id="f-rule"><option value="">any</option>${[...colours.keys()].map((r) => `<option>${esc(r)}</option>`).join('')}</select></label>
<label>Source or title contains<input id="f-text" type="search"></label>
<button type="button" id="f-little">Little body left (at most ${little} characters)</button>
<button type="button" id="f-reset">Show all</button>
</form>
<p class="note" id="match-count">${pages.length} of ${pages.length} pages match</p>
<table id="page-table"><thead><tr><th>#</th><th>source</th><th>input</th><th>status</th><th>title</th><th>body chars</th><th>kept / blocks</th><th>most removed by</th></tr></thead>
<tbody></tbody></table>
${pagerHtml('rows-pager', 'page list')}
</section>
<section id="details">
<h2>Pages in detail</h2>
<p class="note">Kept blocks are the body; removed blocks are struck through and coloured by the rule that removed them (hover for the reason). <label><input type="checkbox" id="f-show-removed" checked> show removed blocks</label></p>
<div class="legend">${[...colours.keys()].map((r) => `<span class="${ruleClass.get(r)}">${esc(r)}</span>`).join('')}</div>
${pagerHtml('cards-pager', 'detailed pages')}
${pages.filter((p) => p.sampled).map((p) => pageCard(p, ruleClass)).join('\n')}
</section>
</main>
<script type="application/json" id="report-data">${scriptJson({ rows, littleBody: little })}</script>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

function pageCard(p: ReportPage, ruleClass: Map<string, string>): string {
  const status = p.status === 'record' ? 'record' : `rejected: ${p.reject?.reason}`;
  const f = p.fields;
  const fields = f
    ? `<dl class="fields">${field('title', f.title)}${field('section', f.section.join(' › '))}${field('published', f.published)}` +
      `${field('dateline', f.dateline)}${field('agency', f.agency)}${field('authors', f.authors.join(', '))}${field('editors', f.editors.join(', '))}` +
      `${field('body', `${p.bodyChars} characters, ${p.kept} of ${p.blocks} blocks kept`)}</dl>`
    : '';
  const reject = p.reject ? `<p class="reject-msg">${esc(p.reject.message)}</p>` : '';
  const blocks = (p.detail ?? []).map((b) => {
    const text = esc(b.marker ? `${b.marker} ${b.text}` : b.text);
    if (b.keep) return `<p class="blk kept" title="${esc(`${b.rule}: ${b.reason}`)}">${text}</p>`;
    return `<p class="blk removed ${ruleClass.get(b.rule) ?? ''}" data-rule="${esc(b.rule)}" title="${esc(`${b.rule}: ${b.reason}`)}"><del>${text}</del><span class="rule">${esc(b.rule)}</span></p>`;
  });
  return (
    `<article class="page ${p.status}" id="page-${p.n}" data-n="${p.n}">` +
    `<h3>${p.n}. ${esc(p.source)}<span class="status">${esc(status)}${p.format ? `, ${p.format}` : ''}</span></h3>` +
    `${reject}${fields}<div class="blocks">${blocks.join('')}</div></article>`
  );
}

function field(name: string, value: string | null): string {
  return `<dt>${name}</dt><dd>${value ? esc(value) : '<span class="note">none</span>'}</dd>`;
}

function pagerHtml(id: string, what: string): string {
  return `<div class="pager" id="${id}"><button type="button" class="prev">‹ previous</button><span class="range">${what}</span><button type="button" class="next">next ›</button></div>`;
}

function topRule(p: ReportPage): string | null {
  let best: string | null = null;
  for (const [rule, n] of Object.entries(p.removed)) if (best === null || n > p.removed[best] || (n === p.removed[best] && rule < best)) best = rule;
  return best;
}

function pct(a: number, b: number): string {
  return b ? `${Math.round((100 * a) / b)}%` : '0%';
}
