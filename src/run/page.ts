// The work on one page: its bytes (or a --from-jsonl text) to a record, serialised as the runner writes it, or
// to a reject with a reason. Pure functions of their arguments, so they run wherever the page is (the main thread,
// a worker thread); the runner (runner.ts) orders their outcomes and finds duplicates. Reading is
// src/io/read-input.ts.
import { cleanDocument, recordId } from '../clean-document.js';
import type { CleanRecord } from '../schema.js';
import { resolveInputOptions, type CleanOptionsInput, type InputOptions } from '../options.js';
import type { PageWarning } from '../schema.js';
import type { Doc } from '../pipeline/doc.js';
import { internalError, makeReject, type Reject } from '../rejects.js';
import { bodySignature, type BodySignature } from '../corpus/duplicates.js';
import type { SignatureParams } from '../corpus/options.js';
import type { CorpusProfile } from '../corpus/profile.js';
import { decodePage } from '../io/decode.js';
import { DEFAULT_MAX_BYTES, tooLarge } from '../io/read-input.js';
import { decodeHtml } from '../html/charset.js';
import { isHtmlInput } from '../html/detect.js';
import { inLayout, type Layout } from '../io/layout.js';

export interface PageOptions {
  clean?: CleanOptionsInput;
  /** `clean.input` resolved (resolveInputOptions): how inputs are sniffed and decoded, read before the page's other
   * options apply. Whoever starts a run sets it once; left out, each page resolves it again. */
  input?: InputOptions;
  /** Encoding of pages without a byte order mark; detected when absent. */
  encoding?: string;
  maxBytes?: number;
  /** Line frequencies of the corpus (first pass, warm-up window or a profile file); none: no corpus evidence. */
  profile?: CorpusProfile | null;
  /** How records are written: corpus-clean's own layout (the default) or datatrove's. */
  layout?: Layout;
  /** With these, a record comes with its body's duplicate signature, made where the page is cleaned (a worker),
   * so that the thread that finds duplicates only compares signatures. */
  signature?: SignatureParams;
}

export type PageOutcome = { ok: true; record: CleanRecord; signature?: BodySignature } | { ok: false; reject: Reject };

/**
 * A record as the runner writes it: its JSON in UTF-8, made where the page was cleaned, and the little the runner
 * reads of it. A worker hands these bytes to the main thread (transferred, not copied) rather than the record's
 * objects, which cost several times more to copy between threads than to serialise; and the main thread, which
 * only writes them out, makes no string of each record to collect later. Whether the page repeats an earlier one
 * is known only there, in input order: `duplicateOf` is set then, and written in place of the value at
 * `duplicateAt` (recordParts).
 */
export interface SerialisedRecord {
  id: string;
  /** The record's JSON with `"duplicate_of":null`. */
  utf8: Uint8Array;
  /** Where in `utf8` the `null` of the record's own duplicate_of stands. */
  duplicateAt: number;
  /** The id of the first page of the cluster this page repeats, set by the runner before the record is written. */
  duplicateOf?: string;
  warnings?: PageWarning[];
  /** Removed blocks per rule (the run's summary adds them up). */
  removed: Record<string, number>;
}

export type SerialisedOutcome = { ok: true; record: SerialisedRecord; signature: BodySignature } | { ok: false; reject: Reject };

/** A page's outcome with what the cleaner saw, for views over the decisions (the report); never sent to workers. */
export type PageView = PageOutcome & { doc: Doc | null; format: 'html' | 'text' | null };

/**
 * `work()` for one page, with anything it throws (a bug, a stack or argument limit met on some page) turned into the
 * page's reject, `internal-error`: one page never ends a run, in this thread or in a worker.
 */
export function guardPage<T>(source: string, work: () => T, failed: (reject: Reject) => T): T {
  try {
    return work();
  } catch (err) {
    return failed(internalError(source, err));
  }
}

/** One page's bytes to a record or a reject. Never throws on any bytes. */
export function cleanPage(bytes: Uint8Array, source: string, opts: PageOptions = {}): PageOutcome {
  return guardPage(
    source,
    () => {
      const { doc: _doc, format: _format, ...outcome } = viewBytes(bytes, source, opts);
      if (outcome.ok && opts.signature) return { ...outcome, signature: bodySignature(outcome.record.body, opts.signature) };
      return outcome as PageOutcome;
    },
    (reject) => ({ ok: false, reject }),
  );
}

/** `cleanPage` with the record as JSON, as the runner writes it, and its body's duplicate signature. */
export function cleanSerialised(bytes: Uint8Array, source: string, opts: PageOptions & { signature: SignatureParams }): SerialisedOutcome {
  return guardPage(
    source,
    (): SerialisedOutcome => {
      const outcome = cleanPage(bytes, source, opts);
      if (!outcome.ok) return outcome;
      return { ok: true, record: serialiseRecord(outcome.record, undefined, opts.layout), signature: outcome.signature! };
    },
    (reject) => ({ ok: false, reject }),
  );
}

/** A page already decoded: a --from-jsonl line's text, with the input record's id (else the text's hash), source,
 * warnings and other fields (passthrough, as JSON text). */
export interface TextPage {
  source: string;
  text: string;
  id?: string;
  warnings: PageWarning[];
  passthrough?: string;
}

/** `cleanSerialised` for a page already decoded. A reject names the page's own source. */
export function cleanTextSerialised(page: TextPage, opts: PageOptions & { signature: SignatureParams }): SerialisedOutcome {
  return guardPage(
    page.source,
    (): SerialisedOutcome => {
      const result = cleanDocument(page.text, {
        source: page.source,
        id: page.id ?? recordId(page.text),
        options: opts.clean,
        warnings: page.warnings,
        profile: opts.profile,
      });
      if (!result.ok) return { ok: false, reject: makeReject(page.source, result.reject.reason, result.reject.message) };
      const { record } = result;
      return { ok: true, record: serialiseRecord(record, page.passthrough, opts.layout), signature: bodySignature(record.body, opts.signature) };
    },
    (reject) => ({ ok: false, reject }),
  );
}

const UTF8 = new TextEncoder();

/** The record as the runner writes it, laid out as asked; `passthrough`, the JSON text of an input record's other
 * fields (written as they were, see json-members.ts), becomes the record's last field (in datatrove's layout, the
 * last of `metadata`). */
export function serialiseRecord(record: CleanRecord, passthrough?: string, layout?: Layout): SerialisedRecord {
  const rest: Record<string, string> = passthrough !== undefined ? { passthrough } : {};
  // the JSON before and after duplicate_of's value, made from the fields on each side of it
  const [before, after] = splitFields(inLayout({ ...record, duplicate_of: null }, layout) as Record<string, unknown>, rest);
  const head = UTF8.encode(before);
  const utf8 = new Uint8Array(head.length + NULL.length + Buffer.byteLength(after));
  utf8.set(head);
  utf8.set(NULL, head.length);
  UTF8.encodeInto(after, utf8.subarray(head.length + NULL.length));
  const serialised: SerialisedRecord = { id: record.id, utf8, duplicateAt: head.length, removed: record.stats.removed };
  if (record.warnings) serialised.warnings = record.warnings;
  return serialised;
}

const NULL = UTF8.encode('null');

/**
 * The JSON of a laid-out record around the value of its duplicate_of (at the top, or inside `metadata`), with
 * `rest` (JSON texts) as the last members of the object that holds duplicate_of.
 */
function splitFields(laid: Record<string, unknown>, rest: Record<string, string>): [string, string] {
  if (!('duplicate_of' in laid)) {
    const { metadata, ...outer } = laid;
    const [before, after] = splitFields(metadata as Record<string, unknown>, rest);
    return [`${JSON.stringify(outer).slice(0, -1)},"metadata":${before}`, `${after}}`];
  }
  // the members JSON.stringify writes (an undefined field is left out)
  const keys = Object.keys(laid).filter((k) => laid[k] !== undefined);
  const at = keys.indexOf('duplicate_of');
  const members = (names: string[]) => names.map((k) => `${JSON.stringify(k)}:${JSON.stringify(laid[k])}`);
  const before = [...members(keys.slice(0, at)), '"duplicate_of":'];
  const after = [...members(keys.slice(at + 1)), ...Object.entries(rest).map(([k, json]) => `${JSON.stringify(k)}:${json}`)];
  return [`{${before.join(',')}`, `${after.length ? ',' : ''}${after.join(',')}}`];
}

/** A serialised record's bytes, in parts, with its duplicate_of as set. */
export function recordParts(record: SerialisedRecord): (Uint8Array | string)[] {
  if (record.duplicateOf === undefined) return [record.utf8];
  const at = record.duplicateAt;
  return [record.utf8.subarray(0, at), JSON.stringify(record.duplicateOf), record.utf8.subarray(at + NULL.length)];
}

/** The options with their input-reading group resolved, as a run does once before its first page. */
export function withInputOptions<T extends PageOptions>(opts: T): T & { input: InputOptions } {
  return opts.input ? { ...opts, input: opts.input } : { ...opts, input: resolveInputOptions(opts.clean) };
}

/** A page's bytes decoded to the text the cleaner reads, or the reason they cannot be. */
export type DecodedInput =
  | { ok: true; text: string; format: 'html' | 'text'; warnings: PageWarning[] }
  | { ok: false; reject: Reject };

/** Size limits, decoding, and whether the page is HTML: everything before the cleaner (shared with the profile pass). */
export function decodeInput(bytes: Uint8Array, source: string, opts: PageOptions = {}): DecodedInput {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return { ok: false, reject: tooLarge(source, bytes.length, maxBytes) };
  if (bytes.length === 0) return { ok: false, reject: makeReject(source, 'empty', 'the file is empty (0 bytes)') };
  const input = opts.input ?? resolveInputOptions(opts.clean);
  const decoded = decodePage(bytes, { encoding: opts.encoding, input });
  if (!decoded.ok) return { ok: false, reject: makeReject(source, decoded.reason, decoded.message, decoded.line) };
  // an HTML page names its own encoding in a meta tag, which only the HTML decoder reads; well-formed UTF-8 is
  // UTF-8 to both decoders, so such a page is not decoded twice
  const html = isHtmlInput(decoded.text, source, input);
  const wellFormedUtf8 = decoded.encoding === 'utf-8' && decoded.warnings.length === 0;
  const text = html && !opts.encoding && !wellFormedUtf8 ? decodeHtml(bytes).text : decoded.text;
  return { ok: true, text, format: html ? 'html' : 'text', warnings: decoded.warnings };
}

/** `cleanPage`, keeping the cleaner's document and the format the page was read in. */
export function viewBytes(bytes: Uint8Array, source: string, opts: PageOptions = {}): PageView {
  return guardPage(source, () => viewUnguarded(bytes, source, opts), (reject) => ({ ok: false, reject, doc: null, format: null }));
}

function viewUnguarded(bytes: Uint8Array, source: string, opts: PageOptions): PageView {
  const input = decodeInput(bytes, source, opts);
  if (!input.ok) return { ok: false, reject: input.reject, doc: null, format: null };
  const { text, format, warnings } = input;
  // the record's id, the hash of the raw bytes, is made here only: the corpus pass decodes pages too, and needs none
  const result = cleanDocument(text, { source, id: recordId(bytes), options: opts.clean, warnings, format, profile: opts.profile });
  if (!result.ok) return { ok: false, reject: makeReject(source, result.reject.reason, result.reject.message), doc: result.doc, format };
  return { ok: true, record: result.record, doc: result.doc, format };
}
