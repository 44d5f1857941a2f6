// The shared data sets (../shared beside the checkout) cleaned as `corpus-clean DIR` cleans them, for the quality
// tests: each set is cleaned once per test file and kept, so several tests can score the same records.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CleanRecord } from '../../src/schema.js';
import { cleanFiles } from '../../scripts/shared-data/clean.js';
import { loadDevset, type DevPage } from '../../scripts/shared-data/devset.js';
import { loadRealset, realFile, type Converter, type RealPage } from '../../scripts/shared-data/realset.js';
import { ROOT } from '../helpers.js';

export const SHARED = path.join(ROOT, '..', 'shared');

/** The shared data must be there: a quality test that skipped itself could never fail. */
export function requireShared(): void {
  if (!existsSync(path.join(SHARED, 'devset', 'snippets.json')) || !existsSync(path.join(SHARED, 'realset', 'gold.json'))) {
    throw new Error(`the shared data sets are not at ${SHARED} (the quality tests need ../shared/devset and ../shared/realset)`);
  }
}

export interface Cleaned<P> {
  pages: P[];
  /** Each page's record by its key (dev-set name, real-set id), or null where it was rejected. */
  records: Map<string, CleanRecord | null>;
}

let dev: Cleaned<DevPage> | undefined;
const real = new Map<Converter | 'html', Cleaned<RealPage>>();

export function cleanedDevset(): Cleaned<DevPage> {
  if (!dev) {
    const pages = loadDevset(path.join(SHARED, 'devset'));
    dev = { pages, records: cleanFiles(pages.map((p) => ({ key: p.key, file: p.file }))) };
  }
  return dev;
}

/** The real set as one converter dumped it, or as HTML. */
export function cleanedRealset(converter: Converter | 'html'): Cleaned<RealPage> {
  let done = real.get(converter);
  if (!done) {
    const dir = path.join(SHARED, 'realset');
    const pages = loadRealset(dir);
    done = { pages, records: cleanFiles(pages.map((p) => ({ key: p.id, file: realFile(dir, p.id, converter) }))) };
    real.set(converter, done);
  }
  return done;
}
