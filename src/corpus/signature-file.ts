// Signature files: the duplicate state of a shard, so shards cleaned apart (other processes, other machines)
// can be combined into the clusters one run over all inputs would give. A file is JSONL: a header line with the
// signature parameters (and the digest of the corpus profile the bodies were cleaned with, when there was one),
// then one line per record with its global input position, id, source, body hash and MinHash signature (base64
// of little-endian 32-bit values, 684 characters for 128 values). Merging reads the files together in position
// order and replays them through one index; the result does not depend on how the inputs were split.
import { closeSync, openSync, readSync } from 'node:fs';
import { z } from 'zod';
import { createWriter, fileSink, type Sink } from '../io/writers.js';
import { readStateLines } from '../io/state-lines.js';
import { idSchema, recordIdSchema } from '../schema.js';
import { DuplicateIndex, type DuplicateMatch, type PageSignature } from './duplicates.js';
import { nearDuplicateOptionsSchema, resolveNearDuplicateOptions, signatureParams, type NearDuplicateOptionsInput, type SignatureParams } from './options.js';

export const SIGNATURE_FORMAT = 'corpus-clean-signatures';
export const SIGNATURE_VERSION = 1;

/** The signature parameters as a file's header gives them. */
export const signatureParamsShape = {
  shingleWords: nearDuplicateOptionsSchema.shape.shingleWords.unwrap(),
  permutations: nearDuplicateOptionsSchema.shape.permutations.unwrap(),
  seed: nearDuplicateOptionsSchema.shape.seed.unwrap(),
};

const headerSchema = z
  .object({
    format: z.literal(SIGNATURE_FORMAT),
    version: z.literal(SIGNATURE_VERSION),
    ...signatureParamsShape,
    /** CorpusProfile.digest() of the profile the bodies were cleaned with: bodies, and so signatures, depend on it. */
    profile: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  })
  .strict();

const lineSchema = z
  .object({
    position: z.number().int().nonnegative(),
    /** The record's id: a page's hash, or the id a --from-jsonl record carried. */
    id: recordIdSchema,
    source: z.string().min(1),
    hash: idSchema,
    minhash: z.string().min(1),
  })
  .strict();

/** A signature file that cannot be used, with the file and line where the problem is. */
export class SignatureFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    problem: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}`);
  }
}

export interface SignatureWriter {
  write(page: PageSignature): void;
  /** Finish the file (renamed into place: an interrupted shard never leaves half a file). */
  close(): void;
  abort(): void;
}

/** Write a shard's signatures to `target` (a file name, or a sink), pages in input order; `profile`: the digest of
 * the corpus profile the pages were cleaned with. */
export function createSignatureWriter(target: string | Sink, params: SignatureParams, profile?: string): SignatureWriter {
  const writer = createWriter(typeof target === 'string' ? fileSink(target) : target, 'jsonl');
  writer.write({ format: SIGNATURE_FORMAT, version: SIGNATURE_VERSION, ...signatureParams(params), ...(profile === undefined ? {} : { profile }) });
  let last = -1;
  return {
    write(page) {
      if (page.minhash.length !== params.permutations) throw new Error(`signature of ${page.source} has ${page.minhash.length} values, expected ${params.permutations}`);
      if (!(page.position > last)) throw new Error(`signatures must be written in input order: position ${page.position} after ${last}`);
      last = page.position;
      writer.write({ position: page.position, id: page.id, source: page.source, hash: page.hash, minhash: encodeMinhash(page.minhash) });
    },
    close: () => writer.close(),
    abort: () => writer.abort(),
  };
}

export function encodeMinhash(minhash: Uint32Array): string {
  const bytes = Buffer.alloc(minhash.length * 4);
  for (let i = 0; i < minhash.length; i++) bytes.writeUInt32LE(minhash[i], i * 4);
  return bytes.toString('base64');
}

/** The values of an encoded signature, or null when the text is not base64 of exactly `permutations` values. */
export function decodeMinhash(text: string, permutations: number): Uint32Array | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== permutations * 4 || bytes.toString('base64') !== text) return null;
  const out = new Uint32Array(permutations);
  for (let i = 0; i < permutations; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

/** Whether the file starts as a signature file does (its header's first member); false when it cannot be read. */
export function isSignatureFile(file: string): boolean {
  const start = `{"format":${JSON.stringify(SIGNATURE_FORMAT)}`;
  const bytes = Buffer.alloc(start.length);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    return readSync(fd, bytes, 0, bytes.length, 0) === bytes.length && bytes.toString('latin1') === start;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export interface OpenSignatureFile {
  params: SignatureParams;
  /** Digest of the corpus profile the pages were cleaned with; null when they were cleaned without one. */
  profile: string | null;
  pages: AsyncGenerator<PageSignature>;
  /** Stop reading early (the pages are not all wanted, or another file failed). */
  close(): void;
}

/** A signature file, read line by line: its parameters, then its pages in the order written (checked). */
export async function openSignatureFile(file: string): Promise<OpenSignatureFile> {
  const { next, line: lineRead, close } = readStateLines(file, (why) => new SignatureFileError(file, null, why));
  const fail = (line: number | null, problem: string): never => {
    close();
    throw new SignatureFileError(file, line, problem);
  };
  const first = await next();
  if (first === null) fail(null, 'empty file: not a signature file');
  const header = headerSchema.safeParse(parseJson(first!));
  if (!header.success) fail(1, `not a ${SIGNATURE_FORMAT} version ${SIGNATURE_VERSION} header`);
  const { format: _f, version: _v, profile, ...params } = header.data!;

  async function* pages(): AsyncGenerator<PageSignature> {
    try {
      let last = -1;
      for (let line = await next(); line !== null; line = await next()) {
        if (line === '') continue;
        const parsed = lineSchema.safeParse(parseJson(line));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          fail(lineRead(), `bad signature line: ${issue.path.join('.') || '(line)'}: ${issue.message}`);
        }
        const { position, id, source, hash, minhash } = parsed.data!;
        const values = decodeMinhash(minhash, params.permutations) ?? fail(lineRead(), `minhash is not ${params.permutations} values in base64`);
        if (position <= last) fail(lineRead(), `position ${position} does not follow ${last}: lines must be in input order`);
        last = position;
        yield { position, id, source, hash, minhash: values };
      }
    } finally {
      close();
    }
  }
  return { params, profile: profile ?? null, pages: pages(), close };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** The signature parameters in which two sets differ (none: their signatures can be compared). */
export function differentParams(a: SignatureParams, b: SignatureParams): (keyof SignatureParams)[] {
  return (Object.keys(signatureParams(b)) as (keyof SignatureParams)[]).filter((k) => a[k] !== b[k]);
}

/**
 * The pages of several signature files (the shards of one run) in global input order: a merge of the files,
 * which are each in order. Files must share their parameters, and a position may appear only once.
 */
export async function mergeSignatureFiles(files: string[]): Promise<{ params: SignatureParams | null; profile: string | null; pages: AsyncGenerator<PageSignature> }> {
  const opened: OpenSignatureFile[] = [];
  const closeAll = () => opened.forEach((o) => o.close());
  try {
    for (const file of files) opened.push(await openSignatureFile(file));
  } catch (err) {
    closeAll();
    throw err;
  }
  const params = opened[0]?.params ?? null;
  for (let i = 1; i < opened.length; i++) {
    const differs = differentParams(opened[i].params, params!);
    if (differs.length) {
      closeAll();
      throw new SignatureFileError(files[i], 1, `parameters differ from ${files[0]}'s (${differs.join(', ')}): signatures cannot be compared`);
    }
    if (opened[i].profile !== opened[0].profile) {
      closeAll();
      throw new SignatureFileError(files[i], 1, `pages cleaned with another corpus profile than ${files[0]}'s: their bodies differ`);
    }
  }

  async function* pages(): AsyncGenerator<PageSignature> {
    try {
      const heads = await Promise.all(opened.map((o) => o.pages.next()));
      let last = -1;
      let lastFile = -1;
      for (;;) {
        let k = -1;
        for (let i = 0; i < heads.length; i++) {
          const h = heads[i];
          if (!h.done && (k === -1 || h.value.position < (heads[k].value as PageSignature).position)) k = i;
        }
        if (k === -1) return;
        const page = heads[k].value as PageSignature;
        // the smallest position comes out first, so a position in two files comes out twice in a row
        if (page.position === last) throw new SignatureFileError(files[k], null, `position ${page.position} is also in ${files[lastFile]}: shards overlap`);
        [last, lastFile] = [page.position, k];
        heads[k] = await opened[k].pages.next();
        yield page;
      }
    } finally {
      closeAll();
    }
  }
  return { params, profile: opened[0]?.profile ?? null, pages: pages() };
}

/**
 * The duplicates among the pages of signature files, as one run over all their inputs would find them: the
 * match of every page that duplicates an earlier one, by global input position. The files' signature
 * parameters are used; `options` gives the threshold (and bands).
 */
export async function duplicatesFromFiles(files: string[], options: NearDuplicateOptionsInput = {}): Promise<Map<number, DuplicateMatch>> {
  const merged = await mergeSignatureFiles(files);
  const found = new Map<number, DuplicateMatch>();
  if (!merged.params) return found;
  const index = new DuplicateIndex(resolveNearDuplicateOptions({ ...options, ...merged.params }));
  for await (const page of merged.pages) {
    const match = index.add(page);
    if (match) found.set(page.position, match);
  }
  return found;
}
