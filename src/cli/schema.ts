// `corpus-clean schema`: the JSON Schema of a record, generated from the zod schema the cleaner validates every
// record with (src/schema.ts), so the two cannot drift apart. schema/record.schema.json is a committed copy, kept
// in sync by a test, for tools that read a schema file (editors, other languages' validators).
import { z } from 'zod';
import { recordSchema } from '../schema.js';
import { OutputClosedError, stdoutSink } from '../io/writers.js';
import { EXIT } from './exit.js';

/** The record's JSON Schema (draft 2020-12). */
export function recordJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(recordSchema, { io: 'output' });
  return {
    $schema,
    title: 'corpus-clean record',
    description:
      'One cleaned news page, as corpus-clean writes it (one per line in JSONL). Generated from src/schema.ts; ' +
      'beyond what JSON Schema can state, `corpus-clean check` also requires real calendar dates, trimmed names, ' +
      'no trailing spaces in the body and no paragraph repeated in it.',
    ...rest,
  };
}

/** The schema as the committed file holds it: two-space indents, a final newline. */
export function recordJsonSchemaText(): string {
  return JSON.stringify(recordJsonSchema(), null, 2) + '\n';
}

export function runSchema(): number {
  const out = stdoutSink();
  try {
    out.write(recordJsonSchemaText());
    out.close();
  } catch (err) {
    // `corpus-clean schema | head` closes the pipe early: not an error
    if (!(err instanceof OutputClosedError)) throw err;
  }
  return EXIT.ok;
}
