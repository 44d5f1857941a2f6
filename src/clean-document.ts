// One page's text to a validated record (or a reject with a reason): the pipeline for a dump or an HTML page,
// then the record assembled from the kept blocks and the fields, and checked against the record schema. Everything
// that cleans a page (the library, the runner, the worker threads) comes through cleanDocument.
import { createHash } from 'node:crypto';
import type { Doc } from './pipeline/doc.js';
import { kept } from './pipeline/doc.js';
import { runPipeline } from './pipeline/index.js';
import { bodyWords, writeBody } from './pipeline/body.js';
import { runHtmlPipeline } from './html/pipeline.js';
import type { CorpusProfile } from './corpus/profile.js';
import { looksLikeHtml } from './html/detect.js';
import { recordSchema, type CleanRecord, type PageWarning, type RecordComment, type Stats } from './schema.js';
import type { Comment } from './pipeline/comments.js';
import { resolveOptions, type CleanOptionsInput } from './options.js';
import { foldSpaces, hasVisibleText } from './text/script.js';
import { PARAGRAPH_BREAK } from './text/body-paragraphs.js';

export type RejectReason = 'empty' | 'no-body' | 'invalid-record';

export interface Reject {
  source: string;
  reason: RejectReason;
  message: string;
}

export type CleanResult = { ok: true; record: CleanRecord; doc: Doc } | { ok: false; reject: Reject; doc: Doc | null };

export interface CleanDocumentOptions {
  /** Where the text came from, as the user named it; `-` for standard input. */
  source?: string;
  /** The record id; by default derived from the text's UTF-8 bytes. Callers with the raw bytes pass their hash. */
  id?: string;
  options?: CleanOptionsInput;
  /** `html` parses the text as an HTML page, `text` reads it as a text dump; by default the content decides. */
  format?: 'text' | 'html';
  /** Line frequencies of the corpus the page belongs to (`corpus-clean profile`, or the runner's first pass). */
  profile?: CorpusProfile | null;
  /** Problems met before the text existed (decoding the bytes); they go into the record's `warnings`. */
  warnings?: PageWarning[];
  /** Fields of an input record (--from-jsonl) to carry through untouched, as the record's `passthrough`. */
  passthrough?: Record<string, unknown>;
}

/** First 16 hex digits of the SHA-256 of the raw bytes: stable across runs, machines and worker counts. */
export function recordId(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

export function cleanDocument(text: string, opts: CleanDocumentOptions = {}): CleanResult {
  const source = opts.source ?? '-';
  if (text.trim() === '') return { ok: false, reject: { source, reason: 'empty', message: 'the page is empty or only whitespace' }, doc: null };
  const options = resolveOptions(opts.options);
  const format = opts.format ?? (looksLikeHtml(text, options.input) ? 'html' : 'text');
  const doc = (format === 'html' ? runHtmlPipeline : runPipeline)(text, source, options, opts.profile ?? null);
  // only invisible or control characters (kept in the text, where they join or order letters): as empty as whitespace
  if (!hasVisibleText(doc.text)) return { ok: false, reject: { source, reason: 'empty', message: 'the page holds no visible text' }, doc };
  const body = assembleBody(doc);
  if (body === '') {
    return { ok: false, reject: { source, reason: 'no-body', message: 'no article text found: every block was classified as page chrome' }, doc };
  }
  const candidate = {
    id: opts.id ?? recordId(text),
    source,
    ...doc.fields,
    body,
    ...(doc.options.includeComments ? { comments: doc.comments.map(recordComment) } : {}),
    stats: stats(doc),
    // one page alone duplicates nothing; the runner, which sees the whole corpus, fills this in
    duplicate_of: null,
    ...(opts.warnings?.length ? { warnings: opts.warnings } : {}),
    ...(opts.passthrough && Object.keys(opts.passthrough).length > 0 ? { passthrough: opts.passthrough } : {}),
  };
  const parsed = recordSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    return { ok: false, reject: { source, reason: 'invalid-record', message: `record failed validation: ${problems}` }, doc };
  }
  return { ok: true, record: parsed.data, doc };
}

/** The body: kept paragraphs in order, one blank line apart, written as src/pipeline/body.ts says. */
export function assembleBody(doc: Doc): string {
  return writeBody(kept(doc), bodyWords(doc.lines));
}

/** A comment as the record writes it: spaces folded and lines trimmed as the body's are. */
function recordComment(c: Comment): RecordComment {
  const text = c.text
    .split(PARAGRAPH_BREAK)
    .map((p) => foldSpaces(p).trim())
    .filter((p) => p !== '')
    .join(PARAGRAPH_BREAK);
  return { author: c.author === null ? null : foldSpaces(c.author).trim() || null, time: c.time === null ? null : foldSpaces(c.time).trim() || null, text };
}

function stats(doc: Doc): Stats {
  // counted in a Map: an object given each page's rules as keys, in each page's order, makes V8 build a new shape
  // per key added, and the shapes pile up across pages
  const removed = new Map<string, number>();
  let keptBlocks = 0;
  for (const b of doc.blocks) {
    if (b.decision.keep) keptBlocks++;
    else removed.set(b.decision.rule, (removed.get(b.decision.rule) ?? 0) + 1);
  }
  const sorted = Object.fromEntries([...removed].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { lines: doc.lines.length, blocks: doc.blocks.length, kept: keptBlocks, removed: sorted };
}
