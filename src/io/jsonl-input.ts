// JSONL records from another tool (`--from-jsonl`): one JSON object per line, the page's text in one field. The
// record's own `id` and `source` are kept when present; every other field rides along untouched under
// `passthrough`, as it was written (json-members.ts: big integers, 1e400, a `__proto__` key, any nesting). A line
// that cannot give a page becomes a reject naming the file and the line, and the rest goes on.
import { makeReject, type Reject } from '../rejects.js';
import type { PageWarning } from '../schema.js';
import { describeFsError, type Input } from './discover.js';
import { formatSize } from './size.js';
import { ENDLESS_LINE, inputChunks, readLines } from './lines.js';
import { objectMembers } from './json-members.js';

export interface JsonlPage {
  ok: true;
  /** Line of the input the record came from (1-based). */
  line: number;
  /** The record's own source, else `FILE:LINE`. */
  source: string;
  /** The record's own id, when it has one (a number is kept as written: the digits of 12345678901234567890). */
  id?: string;
  text: string;
  /** The record's other fields, as the JSON text of an object, each value as written; absent when there are none. */
  passthrough?: string;
  warnings: PageWarning[];
}

export type JsonlItem = JsonlPage | { ok: false; reject: Reject };

export interface JsonlOptions {
  /** The field that holds the page text. */
  textField: string;
  /** Lines longer than this are rejected without being kept. */
  maxBytes: number;
}

/** Every non-blank line of a JSONL input, as a page to clean or a reject. A file that cannot be read is one reject. */
export async function* readJsonlInput(input: Input, opts: JsonlOptions): AsyncGenerator<JsonlItem> {
  try {
    for await (const l of readLines(inputChunks(input), opts.maxBytes)) {
      if ('tooLong' in l && l.endless) {
        const message = `line goes on for more than ${formatSize(ENDLESS_LINE)} without a line end: no JSONL record; the rest of the input is not read`;
        yield { ok: false, reject: makeReject(input.source, 'too-large', message, l.line) };
        return;
      }
      if ('tooLong' in l) {
        const message = `line of ${formatSize(l.bytes)} (${l.bytes} bytes): over the --max-bytes limit of ${formatSize(opts.maxBytes)}; not loaded`;
        yield { ok: false, reject: makeReject(input.source, 'too-large', message, l.line) };
        continue;
      }
      if (l.text.trim() === '') continue;
      const page = parseLine(l.text, l.line, input.source, opts.textField);
      if (page.ok && l.invalidBytes) {
        page.warnings.push({ reason: 'invalid-bytes', message: `line ${l.line} of ${input.source} is not valid UTF-8; invalid bytes were replaced with U+FFFD` });
      }
      yield page;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') yield { ok: false, reject: makeReject(input.source, 'is-directory', 'is a directory, not a file') };
    else yield { ok: false, reject: makeReject(input.source, 'unreadable', describeFsError(err)) };
  }
}

/** One line of JSONL to a page, or a reject that says what is wrong with it. */
export function parseLine(text: string, line: number, file: string, textField: string): JsonlItem {
  const reject = (reason: 'invalid-json' | 'bad-input-record', message: string): JsonlItem => ({
    ok: false,
    reject: makeReject(file, reason, message, line),
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return reject('invalid-json', `not valid JSON: ${jsonErrorMessage(err)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reject('bad-input-record', `expected a JSON object, found ${describeJson(value)}`);
  }
  const record = value as Record<string, unknown>;
  const body = record[textField];
  if (!Object.hasOwn(record, textField)) return reject('bad-input-record', `no "${textField}" field (choose the field with --text-field)`);
  if (typeof body !== 'string') return reject('bad-input-record', `"${textField}" is ${describeJson(body)}, not a string`);

  const id = record.id;
  const source = record.source;
  if (id !== undefined && id !== null && !((typeof id === 'string' && id !== '') || typeof id === 'number')) {
    return reject('bad-input-record', `"id" is ${describeJson(id)}: expected a non-empty string or a number`);
  }
  if (source !== undefined && source !== null && !(typeof source === 'string' && source !== '')) {
    return reject('bad-input-record', `"source" is ${describeJson(source)}: expected a non-empty string`);
  }

  // the members as written: a number id keeps its digits, the other fields their exact values
  const members = objectMembers(text);
  const mended: string[] = [];
  const wellFormed = (s: string, field: string) => {
    if (s.isWellFormed()) return s;
    mended.push(field);
    return s.toWellFormed();
  };
  const page: JsonlPage = {
    ok: true,
    line,
    source: typeof source === 'string' ? wellFormed(source, 'source') : `${file}:${line}`,
    ...(id === undefined || id === null ? {} : { id: typeof id === 'string' ? wellFormed(id, 'id') : members.find((m) => m.key === 'id')!.raw }),
    text: wellFormed(body, textField),
    warnings: [],
  };
  const passthrough: string[] = [];
  for (const m of members) {
    if (m.key === textField || m.key === 'id' || m.key === 'source') continue;
    if (m.loneSurrogates > 0) mended.push(`passthrough.${m.key}`);
    passthrough.push(`${m.rawKey}:${m.raw}`);
  }
  if (passthrough.length > 0) page.passthrough = `{${passthrough.join(',')}}`;
  if (mended.length > 0) {
    page.warnings.push({
      reason: 'lone-surrogate',
      message: `${mended.join(', ')} held lone surrogates (\\ud800-\\udfff escapes without their other half), not valid Unicode; each was replaced with U+FFFD`,
    });
  }
  return page;
}

/** "an array", "a number", "null", "an empty string": what a JSON value is, for messages. */
export function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value === '') return 'an empty string';
  switch (typeof value) {
    case 'object':
      return 'an object';
    case 'undefined':
      return 'missing';
    default:
      return `a ${typeof value}`;
  }
}

/** JSON.parse's message with the position given as a column, which is what an editor shows. */
export function jsonErrorMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?/, (_m, pos: string) => ` at column ${Number(pos) + 1}`);
}
