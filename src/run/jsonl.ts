// The runner for `--from-jsonl`: every line of every JSONL input is a page from another tool. Each non-blank line
// ends up as a record (the page cleaned, the input record's id, source and other fields kept) or as a reject that
// names the file and line, in input order, so nothing is lost: records + rejects = lines read. Pages that repeat
// an earlier one are marked with duplicate_of (or dropped with --drop-duplicates) as in a run over files.
import { cleanDocument, recordId } from '../index.js';
import { makeReject, type Reject } from '../rejects.js';
import type { Input } from '../io/discover.js';
import { readJsonlInput, type JsonlPage } from '../io/jsonl-input.js';
import type { RecordWriter } from '../io/writers.js';
import { DuplicateMarker, guardPage, serialiseRecord, writeRecord, type RunOptions, type RunSummary } from './runner.js';
import { bodySignature } from '../corpus/duplicates.js';
import type { SignatureParams } from '../corpus/options.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';

export interface JsonlRunOptions extends RunOptions {
  /** The field of each input record that holds the page text. */
  textField: string;
}

export const DEFAULT_TEXT_FIELD = 'text';

export async function runJsonlInputs(inputs: Input[], writer: RecordWriter, opts: JsonlRunOptions): Promise<RunSummary> {
  const summary: RunSummary = { inputs: 0, records: 0, rejects: [], removed: {}, duplicates: 0 };
  const duplicates = new DuplicateMarker(opts);
  const reject = (r: Reject) => {
    summary.inputs++;
    summary.rejects.push(r);
    opts.onReject?.(r);
  };
  for (const input of inputs) {
    for await (const item of readJsonlInput(input, { textField: opts.textField, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES })) {
      if (!item.ok) {
        reject(item.reject);
        continue;
      }
      const outcome = guardPage(
        input.source,
        () => cleanLine(item, input, opts, duplicates.params),
        (r) => ({ ok: false as const, reject: { ...r, line: item.line } }),
      );
      if (!outcome.ok) {
        reject(outcome.reject);
        continue;
      }
      const { record, signature, source } = outcome;
      if (record.warnings) opts.onWarnings?.(source, record.warnings);
      const marked = duplicates.next(record, source, signature);
      if ('reject' in marked) {
        reject({ ...marked.reject, source: input.source, line: item.line, message: marked.reject.message + own(item, input) });
        continue;
      }
      summary.inputs++;
      writeRecord(marked.record, writer, summary);
    }
  }
  summary.duplicates = duplicates.count;
  return summary;
}

/** One line's page cleaned into its record, serialised, with its body's duplicate signature; or its reject. */
function cleanLine(item: JsonlPage, input: Input, opts: JsonlRunOptions, params: SignatureParams) {
  const result = cleanDocument(item.text, {
    source: item.source,
    id: item.id ?? recordId(item.text),
    options: opts.clean,
    warnings: item.warnings,
  });
  if (!result.ok) {
    // the input file and line say where the page was; the record's own source is in the message
    return { ok: false as const, reject: makeReject(input.source, result.reject.reason, result.reject.message + own(item, input), item.line) };
  }
  const { record } = result;
  return { ok: true as const, record: serialiseRecord(record, item.passthrough, opts.layout), signature: bodySignature(record.body, params), source: record.source };
}

/** The record's own source, for a reject message, when it is not just the file and line. */
function own(item: { source: string; line: number }, input: Input): string {
  return item.source === `${input.source}:${item.line}` ? '' : ` (source ${item.source})`;
}
