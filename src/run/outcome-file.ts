// What a shard's signature round cleaned, kept for its cleaning round: `profile INPUTS --profile all.json --shard
// I/N -o signatures-I.jsonl --cleaned cleaned-I.jsonl` writes every input's outcome, and `corpus-clean INPUTS
// --profile all.json --signatures signatures.jsonl --shard I/N --cleaned cleaned-I.jsonl` writes them out instead
// of cleaning every page a second time. Only which records repeat a page of an earlier shard is decided then.
//
// JSONL: a header with what the records depend on (the profile's digest, the shard's place, the cleaning options,
// the signature parameters), then in input order one line per reject (`{"reject": {...}}`), and per record a line
// of what the runner reads of it (its signature, where its duplicate_of stands) followed by the record's own line,
// byte for byte as it is written (a --from-jsonl passthrough keeps numbers that JSON.parse cannot hold).
import { z } from 'zod';
import { createWriter, fileSink, type Committable, type RecordWriter } from '../io/writers.js';
import { readStateLines } from '../io/state-lines.js';
import { LAYOUTS } from '../io/layout.js';
import { rejectSchema, type Reject } from '../rejects.js';
import { recordIdSchema, warningSchema } from '../schema.js';
import { decodeMinhash, encodeMinhash, signatureParamsShape } from '../corpus/signature-file.js';
import type { PageSignature } from '../corpus/duplicates.js';
import type { SignatureParams } from '../corpus/options.js';
import type { CorpusProfile } from '../corpus/profile.js';
import type { Layout } from '../io/layout.js';
import { DEFAULT_MAX_BYTES } from '../io/read-input.js';
import type { SerialisedRecord } from './page.js';
import type { JsonlLine } from './run-options.js';

export const OUTCOME_FORMAT = 'corpus-clean-cleaned';
export const OUTCOME_VERSION = 1;

const headerSchema = z
  .object({
    format: z.literal(OUTCOME_FORMAT),
    version: z.literal(OUTCOME_VERSION),
    /** Digest of the corpus profile the pages were cleaned with; null for --from-jsonl records. */
    profile: z.string().nullable(),
    /** The shard's first input among all inputs, and its number of inputs. */
    start: z.number().int().nonnegative(),
    inputs: z.number().int().nonnegative(),
    encoding: z.string().nullable(),
    maxBytes: z.number().int().positive(),
    layout: z.enum(LAYOUTS),
    includeComments: z.boolean(),
    ...signatureParamsShape,
  })
  .strict();

/** What the records depend on: a cleaning round takes the file only when its own run gives the same. */
export type OutcomeHeader = Omit<z.infer<typeof headerSchema>, 'format' | 'version'>;

const recordLineSchema = z
  .object({
    position: z.number().int().nonnegative(),
    id: recordIdSchema,
    source: z.string().min(1),
    hash: z.string().min(1),
    minhash: z.string().min(1),
    duplicateAt: z.number().int().nonnegative(),
    removed: z.record(z.string(), z.number().int().nonnegative()),
    warnings: z.array(warningSchema).optional(),
    /** A --from-jsonl record's file and line. */
    at: z.object({ source: z.string().min(1), line: z.number().int().positive() }).strict().optional(),
  })
  .strict();

const rejectLineSchema = z.object({ reject: rejectSchema }).strict();

export type Outcome = { reject: Reject } | { record: SerialisedRecord; page: PageSignature; at?: JsonlLine };

/** A file of outcomes that cannot be used, with the line where the problem is. */
export class OutcomeFileError extends Error {}

export interface OutcomeWriter extends Committable {
  reject(r: Reject): void;
  record(page: PageSignature, record: SerialisedRecord, at?: JsonlLine): void;
}

export function createOutcomeWriter(file: string, header: OutcomeHeader): OutcomeWriter {
  const writer: RecordWriter = createWriter(fileSink(file), 'jsonl');
  writer.write({ format: OUTCOME_FORMAT, version: OUTCOME_VERSION, ...header });
  return {
    reject: (r) => writer.write({ reject: r }),
    record(page, record, at) {
      const { position, id, source, hash, minhash } = page;
      const warnings = record.warnings?.length ? { warnings: record.warnings } : {};
      writer.write({ position, id, source, hash, minhash: encodeMinhash(minhash), duplicateAt: record.duplicateAt, removed: record.removed, ...warnings, ...(at ? { at } : {}) });
      writer.writeSerialised(record.utf8);
    },
    finish: () => writer.finish(),
    commit: () => writer.commit(),
    abort: () => writer.abort(),
  };
}

/** What the records kept with --cleaned depend on (a cleaning round checks that its run gives the same). */
export function outcomeHeader(profile: CorpusProfile | null, start: number, inputs: number, flags: OutcomeFlags, params: SignatureParams): OutcomeHeader {
  return {
    profile: profile?.digest() ?? null,
    start,
    inputs,
    encoding: flags.encoding ?? null,
    maxBytes: flags.maxBytes ?? DEFAULT_MAX_BYTES,
    layout: flags.layout ?? 'corpus-clean',
    includeComments: flags.includeComments ?? false,
    ...params,
  };
}

/** The flags on which records depend. */
export interface OutcomeFlags {
  encoding?: string;
  maxBytes?: number;
  layout?: Layout;
  includeComments?: boolean;
}

/** The header fields in which the file differs from what the run expects (none: its records are the run's). */
export function differentHeader(found: OutcomeHeader, expected: OutcomeHeader): string[] {
  return (Object.keys(expected) as (keyof OutcomeHeader)[]).filter((k) => found[k] !== expected[k]);
}

/** An outcome file: its header, then its outcomes in input order (each line checked). */
export async function openOutcomeFile(file: string, params: SignatureParams): Promise<{ header: OutcomeHeader; outcomes: AsyncGenerator<Outcome>; close(): void }> {
  const { next, line, close } = readStateLines(file, (why) => new OutcomeFileError(`${file}: ${why}`));
  const fail = (problem: string): never => {
    close();
    throw new OutcomeFileError(`${file}${line() > 0 ? `:${line()}` : ''}: ${problem}`);
  };
  const header = headerSchema.safeParse(parseJson((await next()) ?? ''));
  if (!header.success) fail(`not a ${OUTCOME_FORMAT} version ${OUTCOME_VERSION} file`);
  const { format: _f, version: _v, ...fields } = header.data!;

  async function* outcomes(): AsyncGenerator<Outcome> {
    try {
      for (let text = await next(); text !== null; text = await next()) {
        const value = parseJson(text);
        const reject = rejectLineSchema.safeParse(value);
        if (reject.success) {
          yield { reject: reject.data.reject };
          continue;
        }
        const meta = recordLineSchema.safeParse(value);
        if (!meta.success) fail('neither a reject nor a record\'s signature');
        const { position, id, source, hash, minhash, duplicateAt, removed, warnings, at } = meta.data!;
        const values = decodeMinhash(minhash, params.permutations) ?? fail(`minhash is not ${params.permutations} values in base64`);
        const json = await next();
        if (json === null) fail('the record is missing');
        const utf8 = Buffer.from(json!, 'utf8');
        if (utf8.toString('latin1', duplicateAt, duplicateAt + 4) !== 'null') fail('the record\'s duplicate_of is not where its line says');
        yield { record: { id, utf8, duplicateAt, removed, ...(warnings ? { warnings } : {}) }, page: { position, id, source, hash, minhash: values }, ...(at ? { at } : {}) };
      }
    } finally {
      close();
    }
  }
  return { header: fields, outcomes: outcomes(), close };
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
