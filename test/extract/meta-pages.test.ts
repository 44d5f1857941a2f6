// Metadata on pages written in conventions other than the samples' (fixtures/meta/): every field of every page
// must equal fixtures/meta/expected.json, except misses listed there under `knownMisses` with a reason (a listed
// miss that starts to pass fails too, so the list stays true). Lines used for a field must be out of the body
// (`bodyLacks`), and lines that only look like fields must stay in it (`bodyHas`). Prints per-field accuracy.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanDocument, type CleanRecord } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const FIELDS = ['title', 'section', 'published', 'dateline', 'agency', 'authors', 'editors'] as const;
type Field = (typeof FIELDS)[number];

interface Expected extends Pick<CleanRecord, Field> {
  bodyLacks?: string[];
  bodyHas?: string[];
  knownMisses?: Partial<Record<Field, string>>;
}

const dir = path.join(ROOT, 'fixtures/meta');
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
const pages = Object.keys(expected).sort();
const hits = new Map<Field, number>(FIELDS.map((f) => [f, 0]));
const misses: string[] = [];

function recordOf(name: string): CleanRecord {
  const result = cleanDocument(readFileSync(path.join(dir, name), 'utf8'), { source: `fixtures/meta/${name}` });
  if (!result.ok) throw new Error(`${name}: ${result.reject.message}`);
  return result.record;
}

describe('metadata on pages in other conventions', () => {
  it('has an expected record for every page and at least 20 pages', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect(files).toEqual(pages);
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages)('%s', (name) => {
    const want = expected[name];
    const got = recordOf(name);
    const wrong: string[] = [];
    for (const field of FIELDS) {
      const same = JSON.stringify(got[field]) === JSON.stringify(want[field]);
      if (same) hits.set(field, hits.get(field)! + 1);
      else misses.push(`${name} ${field}: got ${JSON.stringify(got[field])}, want ${JSON.stringify(want[field])}`);
      const known = want.knownMisses?.[field];
      if (!same && !known) wrong.push(`${field}: got ${JSON.stringify(got[field])}, want ${JSON.stringify(want[field])}`);
      if (same && known) wrong.push(`${field} is listed as a known miss (${known}) but now matches: remove it from knownMisses`);
    }
    for (const text of want.bodyLacks ?? []) if (got.body.includes(text)) wrong.push(`body still holds field text ${JSON.stringify(text)}`);
    for (const text of want.bodyHas ?? []) if (!got.body.includes(text)) wrong.push(`body lost ${JSON.stringify(text)}`);
    expect(wrong).toEqual([]);
  });

  afterAll(() => {
    const rows = FIELDS.map((f) => `${f.padEnd(10)} ${String(hits.get(f)).padStart(3)}/${pages.length}  ${((100 * hits.get(f)!) / pages.length).toFixed(1)}%`);
    const all = [...hits.values()].reduce((a, b) => a + b, 0);
    rows.push(`${'all'.padEnd(10)} ${String(all).padStart(3)}/${pages.length * FIELDS.length}  ${((100 * all) / (pages.length * FIELDS.length)).toFixed(1)}%`);
    console.log(`per-field accuracy on fixtures/meta (${pages.length} pages)\n${rows.join('\n')}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`);
  });
});
