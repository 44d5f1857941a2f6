// The runner: every input goes through the cleaner in order, and ends up either as a record written to the
// output or as a reject with a reason. Nothing is lost: records + rejects = inputs.
import { readFileSync } from 'node:fs';
import { cleanDocument, recordId, type CleanResult } from '../index.js';
import type { CleanOptionsInput } from '../options.js';
import type { Input } from '../io/discover.js';
import { describeFsError } from '../io/discover.js';
import { decode } from '../io/decode.js';
import { decodeHtml } from '../html/charset.js';
import { isHtmlInput } from '../html/detect.js';
import type { RecordWriter } from '../io/writers.js';

export interface RunReject {
  source: string;
  reason: string;
  message: string;
}

export interface RunSummary {
  inputs: number;
  records: number;
  rejects: RunReject[];
  /** Removed blocks per rule, over all records. */
  removed: Record<string, number>;
}

export interface RunOptions {
  clean?: CleanOptionsInput;
  onReject?: (reject: RunReject) => void;
}

export function readInput(input: Input): { bytes: Uint8Array } | { error: string } {
  try {
    return { bytes: readFileSync(input.kind === 'stdin' ? 0 : input.path) };
  } catch (err) {
    return { error: describeFsError(err) };
  }
}

/** Whether the input is read as an HTML page or as a text dump (by its content, and its name). */
export function inputFormat(bytes: Uint8Array, source: string): 'html' | 'text' {
  return isHtmlInput(decode(bytes).text, source) ? 'html' : 'text';
}

export function cleanBytes(bytes: Uint8Array, source: string, clean?: CleanOptionsInput): CleanResult | RunReject {
  const decoded = decode(bytes);
  // an HTML page names its own encoding, which only the HTML decoder reads
  if (isHtmlInput(decoded.text, source)) {
    return cleanDocument(decodeHtml(bytes).text, { source, id: recordId(bytes), options: clean, format: 'html' });
  }
  return cleanDocument(decoded.text, { source, id: recordId(bytes), options: clean, format: 'text' });
}

export function runInputs(inputs: Input[], writer: RecordWriter, opts: RunOptions = {}): RunSummary {
  const summary: RunSummary = { inputs: inputs.length, records: 0, rejects: [], removed: {} };
  const reject = (r: RunReject) => {
    summary.rejects.push(r);
    opts.onReject?.(r);
  };
  for (const input of inputs) {
    const read = readInput(input);
    if ('error' in read) {
      reject({ source: input.source, reason: 'unreadable', message: read.error });
      continue;
    }
    const result = cleanBytes(read.bytes, input.source, opts.clean);
    if (!('ok' in result)) {
      reject(result);
    } else if (result.ok) {
      writer.write(result.record);
      summary.records++;
      for (const [rule, n] of Object.entries(result.record.stats.removed)) summary.removed[rule] = (summary.removed[rule] ?? 0) + n;
    } else {
      reject(result.reject);
    }
  }
  return summary;
}
