// Shared test helpers: run the pipeline on a text or a fixture and look up what happened to a given line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../src/pipeline/index.js';
import { cleanDocument } from '../src/index.js';
import { resolveOptions, type CleanOptionsInput } from '../src/options.js';
import type { Block, Doc } from '../src/pipeline/doc.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function fixture(name: string): string {
  return readFileSync(path.join(ROOT, 'fixtures', name), 'utf8');
}

export function pipeline(text: string, options: CleanOptionsInput = {}): Doc {
  return runPipeline(text, 'test', resolveOptions(options));
}

/** The body of the record a fixture page gives (fails the test if the page is rejected). */
export function fixtureBody(name: string): string {
  const result = cleanDocument(fixture(name), { source: 'test' });
  if (!result.ok) throw new Error(result.reject.message);
  return result.record.body;
}

/** The block whose text starts with `start` (fails the test if there is none). */
export function blockStarting(doc: Doc, start: string): Block {
  const block = doc.blocks.find((b) => b.text.startsWith(start));
  if (!block) throw new Error(`no block starts with ${JSON.stringify(start)}; blocks: ${doc.blocks.map((b) => b.text.slice(0, 40)).join(' | ')}`);
  return block;
}

/** Rule that decided the block starting with `start`, prefixed with + (kept) or - (removed). */
export function fate(doc: Doc, start: string): string {
  const b = blockStarting(doc, start);
  return `${b.decision.keep ? '+' : '-'}${b.decision.rule}`;
}

/** Lines joined with LF, so tests can write pages as arrays. */
export function page(...lines: string[]): string {
  return lines.join('\n');
}
