// `corpus-clean schema`: the JSON Schema generated from the zod record schema, and the committed copy in
// schema/record.schema.json, which must be regenerated whenever the record schema changes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordJsonSchema, recordJsonSchemaText } from '../../src/cli/schema.js';
import { RECORD_FIELDS, recordSchema } from '../../src/schema.js';
import { ROOT } from '../helpers.js';
import { runCli, runShell } from './run-cli.js';

const COMMITTED = path.join(ROOT, 'schema/record.schema.json');

describe('the record JSON Schema', () => {
  it('is committed as generated (regenerate: npm run schema)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(recordJsonSchemaText());
  });

  it('names every record field, requires those the record always has, and allows no others', () => {
    const schema = recordJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(RECORD_FIELDS);
    const optional = RECORD_FIELDS.filter((f) => recordSchema.shape[f].safeParse(undefined).success);
    expect(schema.required).toEqual(RECORD_FIELDS.filter((f) => !optional.includes(f)));
    expect(schema.additionalProperties).toBe(false);
  });

  it('is what `corpus-clean schema` prints, and a reader that stops early is no error', () => {
    const r = runCli(['schema']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(readFileSync(COMMITTED, 'utf8'));
    const head = runShell('corpus-clean schema | head -n 1');
    expect([head.code, head.stdout, head.stderr]).toEqual([0, '{\n', '']);
  });
});
