#!/usr/bin/env node
// Body quality and field accuracy on HTML input, measured as for text input, on the HTML pages written for the
// tests (fixtures/html/*.html, gold in fixtures/html/gold.json): each page is cleaned as HTML and as its lynx
// text dump (fixtures/html/dumps/, made with ../shared/devset/html2dump.py, the dev set's own command), and
// both are scored against the gold like ../shared/tools/score-devset.mjs scores the dev set:
//   recall         = share of gold body paragraphs found in the body
//   chrome removal = share of `without` snippets absent from the body
//   precision, F   = kept paragraphs / (kept + leaked chrome), and the harmonic mean with recall
// plus exact body matches, field matches (7 fields a page) and HTML-vs-dump agreement.
//
//   npm run build && node tools/html-parity.mjs [--render] [--json]
//   --render: make the dumps afresh with lynx (needs python3 and Debian's lynx) instead of the committed ones
import { readFileSync, readdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanPage } from '../dist/run/page.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'fixtures/html');
const FIELDS = ['title', 'section', 'published', 'dateline', 'agency', 'authors', 'editors'];
const args = process.argv.slice(2);
const gold = JSON.parse(readFileSync(path.join(DIR, 'gold.json'), 'utf8'));
const norm = (s) => String(s ?? '').replace(/[\u00ad\u200b\u200c\u200d\u2060]/g, '').replace(/\s+/g, ' ').trim();
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

let dumpDir = path.join(DIR, 'dumps');
if (args.includes('--render')) {
  dumpDir = mkdtempSync(path.join(tmpdir(), 'html-parity-'));
  const script = path.join(ROOT, '..', 'shared', 'devset', 'html2dump.py');
  for (const name of Object.keys(gold)) {
    const dump = execFileSync('python3', [script, '--converter', 'lynx', path.join(DIR, name)], { stdio: ['ignore', 'pipe', 'ignore'] });
    writeFileSync(path.join(dumpDir, name.replace(/\.html$/, '.txt')), dump);
  }
}

function record(file) {
  const r = cleanPage(readFileSync(file), file);
  return 'ok' in r && r.ok ? r.record : null;
}

const totals = {};
const rows = [];
for (const name of Object.keys(gold).sort()) {
  const g = gold[name];
  const withParas = g.body.split('\n\n');
  const inputs = { html: record(path.join(DIR, name)), dump: record(path.join(dumpDir, name.replace(/\.html$/, '.txt'))) };
  const row = { page: name };
  for (const [kind, rec] of Object.entries(inputs)) {
    const body = norm(rec?.body ?? '');
    const found = withParas.filter((p) => body.includes(norm(p))).length;
    const leaked = g.without.filter((s) => body.includes(norm(s))).length;
    const fieldsOk = FIELDS.filter((f) => rec && same(rec[f], g[f]));
    const t = (totals[kind] ??= { with: 0, found: 0, without: 0, leaked: 0, exact: 0, fields: 0, fieldTotal: 0, pages: 0 });
    t.with += withParas.length;
    t.found += found;
    t.without += g.without.length;
    t.leaked += leaked;
    t.exact += rec && rec.body === g.body ? 1 : 0;
    t.fields += fieldsOk.length;
    t.fieldTotal += FIELDS.length;
    t.pages++;
    row[kind] = { found, of: withParas.length, leaked, ofWithout: g.without.length, exact: rec?.body === g.body, wrongFields: FIELDS.filter((f) => !fieldsOk.includes(f)) };
  }
  row.sameBody = inputs.html?.body === inputs.dump?.body;
  row.sameFields = FIELDS.filter((f) => same(inputs.html?.[f], inputs.dump?.[f])).length;
  rows.push(row);
}

const score = (t) => {
  const recall = t.found / t.with;
  const removal = (t.without - t.leaked) / t.without;
  const precision = t.found / (t.found + t.leaked);
  return { recall, chromeRemoval: removal, precision, f: (2 * precision * recall) / (precision + recall), exactBodies: `${t.exact}/${t.pages}`, fields: `${t.fields}/${t.fieldTotal}` };
};
const summary = {
  pages: rows.length,
  html: score(totals.html),
  dump: score(totals.dump),
  agreement: { sameBody: `${rows.filter((r) => r.sameBody).length}/${rows.length}`, sameFields: `${rows.reduce((n, r) => n + r.sameFields, 0)}/${rows.length * FIELDS.length}` },
};

if (args.includes('--json')) {
  console.log(JSON.stringify({ summary, rows }, null, 2));
} else {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  console.log(`HTML pages written for the tests: ${rows.length} (dumps: ${path.relative(ROOT, dumpDir) || dumpDir})\n`);
  console.log('input  recall  chrome-removal  precision  F       exact bodies  fields');
  for (const kind of ['html', 'dump']) {
    const s = summary[kind];
    console.log(`${kind.padEnd(6)} ${pct(s.recall).padEnd(7)} ${pct(s.chromeRemoval).padEnd(15)} ${pct(s.precision).padEnd(10)} ${pct(s.f).padEnd(7)} ${s.exactBodies.padEnd(13)} ${s.fields}`);
  }
  console.log(`\nHTML and dump agree: bodies ${summary.agreement.sameBody}, fields ${summary.agreement.sameFields}\n`);
  for (const r of rows) {
    const d = (x) => `${x.found}/${x.of} kept, ${x.leaked}/${x.ofWithout} chrome leaked${x.wrongFields.length ? `, wrong: ${x.wrongFields.join(' ')}` : ''}`;
    console.log(`${r.page}\n  html: ${d(r.html)}\n  dump: ${d(r.dump)}\n  same body: ${r.sameBody ? 'yes' : 'no'}, same fields: ${r.sameFields}/${FIELDS.length}`);
  }
}
