// The records of a corpus file, each with the line it starts on, for `corpus-clean check`. JSONL (one record per
// line, streamed: a corpus of any size is read in constant memory) or one JSON array of records (read whole, and
// located with jsonc-parser, whose tree knows the offset of every value: a problem in a pretty-printed record is
// reported at the line of the field, not of the record).
import path from 'node:path';
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import type { Input } from '../io/discover.js';
import { describeFsError } from '../io/discover.js';
import { ENDLESS_LINE, inputChunks, readLines } from '../io/lines.js';
import { formatSize } from '../io/size.js';
import { withoutCompression } from '../io/compression.js';
import { jsonErrorMessage } from '../io/jsonl-input.js';
import type { FieldPath } from './record-problems.js';

export type CorpusEntry =
  /** A record to validate; `locate` gives the line of a field (or of the nearest enclosing one that exists). */
  | { kind: 'record'; line: number; value: unknown; locate: (path: FieldPath) => number }
  /** The file, or a part of it, cannot be read as records. */
  | { kind: 'error'; line?: number; message: string };

/** Longest JSONL line read (a record holds a page's body, which is at most --max-bytes). */
export const MAX_RECORD_LINE = 64 * 1024 * 1024;
/** Largest JSON file read (it is read whole). */
export const MAX_JSON_FILE = 1024 * 1024 * 1024;

export type CorpusFormat = 'jsonl' | 'json';

/** JSON for `.json`, JSONL for `.jsonl` and `.ndjson` (compressed or not); anything else is told by its first
 * character. */
export function formatByName(source: string): CorpusFormat | null {
  const ext = path.extname(withoutCompression(source)).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  return null;
}

/** `maxBytes` bounds a JSONL line and a JSON file (defaults MAX_RECORD_LINE and MAX_JSON_FILE). */
export async function* readCorpusFile(input: Input, maxBytes?: number): AsyncGenerator<CorpusEntry> {
  try {
    const chunks = inputChunks(input);
    let format = input.kind === 'file' ? formatByName(input.path) : null;
    // peek at the first chunk to tell an array from lines, then read on from it
    const first = await chunks.next();
    const head: Buffer = first.done ? Buffer.alloc(0) : first.value;
    if (format === null) format = /^(?:\ufeff)?\s*\[/.test(head.subarray(0, 4096).toString('utf8')) ? 'json' : 'jsonl';
    const all = (async function* () {
      if (head.length > 0) yield head;
      yield* chunks;
    })();
    if (format === 'jsonl') yield* jsonlEntries(all, maxBytes ?? MAX_RECORD_LINE);
    else {
      const limit = maxBytes ?? MAX_JSON_FILE;
      const bytes = await collect(all, limit);
      if (bytes) yield* jsonEntries(bytes);
      else yield { kind: 'error', message: `larger than ${formatSize(limit)}: a JSON file is read whole, so it is not checked (JSONL is read line by line)` };
    }
  } catch (err) {
    yield { kind: 'error', message: `cannot be read: ${describeFsError(err)}` };
  }
}

/** A file with this many lines that are not JSON is not a JSONL corpus: the rest of it is not reported line by line. */
export const MAX_SYNTAX_ERRORS = 20;

async function* jsonlEntries(chunks: AsyncIterable<Buffer>, maxLine: number): AsyncGenerator<CorpusEntry> {
  let errors = 0;
  for await (const l of readLines(chunks, maxLine)) {
    if ('tooLong' in l && l.endless) {
      yield { kind: 'error', line: l.line, message: `line goes on for more than ${formatSize(ENDLESS_LINE)} without a line end: not JSONL; the rest of the file is not read` };
      return;
    }
    if ('tooLong' in l) {
      yield { kind: 'error', line: l.line, message: `line of ${formatSize(l.bytes)} is longer than a record can be (${formatSize(maxLine)}); not read` };
      continue;
    }
    if (l.invalidBytes) yield { kind: 'error', line: l.line, message: 'not valid UTF-8' };
    if (l.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(l.text);
    } catch (err) {
      yield { kind: 'error', line: l.line, message: `not valid JSON: ${jsonErrorMessage(err)}` };
      if (++errors === MAX_SYNTAX_ERRORS) {
        yield { kind: 'error', line: l.line, message: `${MAX_SYNTAX_ERRORS} lines that are not JSON: is this a JSONL file? The rest of it is not checked` };
        return;
      }
      continue;
    }
    yield { kind: 'record', line: l.line, value, locate: () => l.line };
  }
}

/** A JSON file: an array of records, or one record. */
function* jsonEntries(bytes: Buffer): Generator<CorpusEntry> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a byte order mark
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    yield { kind: 'error', message: 'not valid UTF-8 (invalid bytes were read as U+FFFD)' };
  }
  const elements: { offset: number; length: number; line: number }[] = [];
  const scalars: { offset: number; line: number; what: string }[] = []; // top-level values that are not records
  let firstError: { offset: number; line: number; column: number; code: number } | null = null;
  let depth = 0;
  let topIsArray = false;
  visit(
    text,
    {
      onObjectBegin: (offset, _length, startLine) => {
        if (depth === 0 || (depth === 1 && topIsArray)) elements.push({ offset, length: -1, line: startLine + 1 });
        depth++;
      },
      onObjectEnd: (offset, length) => {
        depth--;
        const open = elements.at(-1);
        if (open && open.length === -1 && (depth === 0 || (depth === 1 && topIsArray))) open.length = offset + length - open.offset;
      },
      onArrayBegin: (offset, _length, startLine) => {
        if (depth === 0) topIsArray = true;
        else if (depth === 1 && topIsArray) scalars.push({ offset, line: startLine + 1, what: 'an array' });
        depth++;
      },
      onArrayEnd: () => {
        depth--;
      },
      onLiteralValue: (value: unknown, offset, _length, startLine) => {
        if (depth === 0 || (depth === 1 && topIsArray)) scalars.push({ offset, line: startLine + 1, what: value === null ? 'null' : `a ${typeof value}` });
      },
      onError: (code, offset, _length, startLine, startCharacter) => {
        firstError ??= { offset, line: startLine + 1, column: startCharacter + 1, code };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  const error = firstError as { offset: number; line: number; column: number; code: number } | null;
  const entries: { offset: number; entry: CorpusEntry }[] = [];
  for (const s of scalars) entries.push({ offset: s.offset, entry: { kind: 'error', line: s.line, message: `expected a record (a JSON object), found ${s.what}` } });
  for (const e of elements) {
    // after a syntax error positions mean little: records that ended before it are still checked
    if (e.length === -1 || (error && e.offset + e.length > error.offset)) continue;
    const source = text.slice(e.offset, e.offset + e.length);
    let value: unknown;
    try {
      value = JSON.parse(source); // the standard's parser has the last word on what is valid JSON
    } catch (err) {
      entries.push({ offset: e.offset, entry: { kind: 'error', line: e.line, message: `not valid JSON: ${jsonErrorMessage(err)}` } });
      continue;
    }
    entries.push({ offset: e.offset, entry: { kind: 'record', line: e.line, value, locate: locator(source, e.line) } });
  }
  if (error) {
    const message = `not valid JSON at column ${error.column}: ${describeParseError(error.code)}`;
    entries.push({ offset: error.offset, entry: { kind: 'error', line: error.line, message } });
  }
  // in file order
  for (const { entry } of entries.sort((a, b) => a.offset - b.offset)) yield entry;
}

/** The line of a field inside one record's source text, parsed only when a problem needs placing. */
function locator(source: string, startLine: number): (path: FieldPath) => number {
  let tree: Node | undefined;
  return (path) => {
    tree ??= parseTree(source, [] as ParseError[]);
    if (!tree) return startLine;
    for (let n = path.length; n > 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n));
      // a property's value: point at its key, where an editor shows the field
      if (node) return startLine + lineOf(source, node.parent?.type === 'property' ? node.parent.offset : node.offset) - 1;
    }
    return startLine;
  };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function describeParseError(code: number): string {
  // jsonc-parser's names (ValueExpected, CommaExpected, ...) as words: "value expected"
  return printParseErrorCode(code).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The whole input, or null once it is over `limit` bytes (nothing more is read). */
async function collect(chunks: AsyncIterable<Buffer>, limit: number): Promise<Buffer | null> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) return null;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}
