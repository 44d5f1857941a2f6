// The users' five sample pages must give exactly the records in fixtures/seeds-gold.json.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanDocument } from '../src/index.js';
import { ROOT } from './helpers.js';

const gold = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/seeds-gold.json'), 'utf8')) as Record<string, Record<string, unknown>>;
const dir = path.join(ROOT, 'fixtures/seeds');

describe('sample pages', () => {
  it('has a gold record for every sample page', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(gold).sort());
  });

  it.each(Object.keys(gold))('%s gives the gold record', (name) => {
    const result = cleanDocument(readFileSync(path.join(dir, name), 'utf8'), { source: `fixtures/seeds/${name}` });
    if (!result.ok) throw new Error(result.reject.message);
    const { id, source, stats, duplicate_of, ...fields } = result.record;
    expect(fields).toEqual(gold[name]);
    expect(duplicate_of).toBeNull();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(source).toBe(`fixtures/seeds/${name}`);
    expect(stats.kept).toBeGreaterThan(0);
  });
});
