// The options object: every option has a default (or, for fitted weights, a documented fallback) and a
// description; groups fill in from their defaults; docs/options.md lists every option as the schema has it.
//   After changing an option:  OPTIONS_DOC=write npm test -- test/options
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { cleanOptionsSchema, resolveInputOptions, resolveOptions, resolveRunInputOptions } from '../src/options.js';
import { ROOT } from './helpers.js';

/** Options without a zod default: fitted weights, which the model modules supply when they are left out. */
const FITTED = ['weights', 'titleWeights', 'htmlWeights'];
/** Options whose default is written by the fit: the page says so rather than print a number every fit changes. */
const FITTED_DEFAULT = ['keepThreshold'];
const DOC = path.join(ROOT, 'docs/options.md');

type Schema = z.ZodType & { def: { type: string; innerType?: Schema; defaultValue?: unknown }; shape?: Record<string, Schema> };

function entries(shape: Record<string, z.ZodType>): [string, Schema][] {
  return Object.entries(shape) as [string, Schema][];
}

/** The object inside a group (`z.object(...).prefault({})`), or null for a plain option. */
function groupShape(schema: Schema): Record<string, Schema> | null {
  if (schema.def.type !== 'prefault') return null;
  const inner = schema.def.innerType;
  return inner?.def.type === 'object' ? (inner.shape as Record<string, Schema>) : null;
}

function defaultOf(schema: Schema): unknown {
  return schema.def.type === 'default' ? schema.def.defaultValue : undefined;
}

/** docs/options.md as the schema has it: the top-level options, then one table per group. */
function optionsDoc(): string {
  const defaults = resolveOptions() as unknown as Record<string, unknown>;
  const row = (name: string, schema: Schema, value: unknown) =>
    `| \`${name}\` | ${value === undefined ? 'fitted' : `\`${JSON.stringify(value)}\``} | ${(schema.description ?? '').replace(/\|/g, '\\|')} |`;
  const head = ['| option | default | what it decides |', '|---|---|---|'];
  const top: string[] = [];
  const groups: string[] = [];
  for (const [name, schema] of entries(cleanOptionsSchema.shape)) {
    const shape = groupShape(schema);
    if (!shape) {
      top.push(row(name, schema, FITTED_DEFAULT.includes(name) ? undefined : defaults[name]));
      continue;
    }
    const values = defaults[name] as Record<string, unknown>;
    groups.push('', `## \`${name}\``, '', schema.description ?? '', '', ...head, ...entries(shape).map(([key, s]) => row(key, s, values[key])));
  }
  return [
    '# Options',
    '',
    'Every tunable of the cleaner is an option of the library (`cleanDocument(text, { options })`, see',
    '[Library API](library.md)), with the default the command line uses. A group (`teasers`, `comments`, ...) may be',
    'given in part: the options left out keep their defaults. The schema is `src/options.ts`; this page is made from',
    'it by `OPTIONS_DOC=write npm test -- test/options`. Fitted weights default to the files `npm run fit` writes.',
    '',
    '## Top level',
    '',
    ...head,
    ...top,
    ...groups,
    '',
  ].join('\n');
}

describe('cleanOptionsSchema', () => {
  const top = entries(cleanOptionsSchema.shape);
  const groups = top.filter(([, s]) => groupShape(s) !== null);

  test('has groups, and every group a description', () => {
    expect(groups.length).toBeGreaterThan(3);
    expect(groups.filter(([, s]) => !s.description).map(([n]) => n)).toEqual([]);
  });

  test('every option has a default and a description', () => {
    const options = [...top.filter(([, s]) => groupShape(s) === null), ...groups.flatMap(([g, s]) => entries(groupShape(s)!).map(([k, v]): [string, Schema] => [`${g}.${k}`, v]))];
    expect(options.length).toBeGreaterThan(100);
    const missing = options.filter(([name, s]) => !(s.description ?? '').trim() || (defaultOf(s) === undefined && !FITTED.includes(name)));
    expect(missing.map(([n]) => n)).toEqual([]);
  });

  test('a group given in part keeps the defaults of the options left out', () => {
    const set = resolveOptions({ teasers: { minCycles: 5 } });
    expect(set.teasers.minCycles).toBe(5);
    expect(set.teasers.maxCycleGap).toBe(resolveOptions().teasers.maxCycleGap);
    expect(() => resolveOptions({ teasers: { noSuchOption: 1 } } as never)).toThrow();
  });

  test('options resolved once are given back as they are; a copy of them is resolved again', () => {
    const set = resolveOptions({ teasers: { minCycles: 5 } });
    expect(resolveOptions(set)).toBe(set);
    const copy = structuredClone(set);
    expect(resolveOptions(copy)).not.toBe(copy);
    expect(resolveOptions(copy)).toEqual(set);
  });

  test('docs/options.md lists every option with its default and description', () => {
    const doc = optionsDoc();
    if (process.env.OPTIONS_DOC === 'write') writeFileSync(DOC, doc);
    expect(readFileSync(DOC, 'utf8')).toBe(doc);
  });
});

describe('resolveRunInputOptions', () => {
  test('is the input group resolved, as resolveInputOptions gives it, from raw or resolved run options', () => {
    expect(resolveRunInputOptions({ input: { htmlMinTags: 3 } })).toEqual(resolveInputOptions({ input: { htmlMinTags: 3 } }));
    expect(resolveRunInputOptions(resolveOptions({ input: { htmlMinTags: 3 } }))?.htmlMinTags).toBe(3);
    expect(resolveRunInputOptions(undefined)).toEqual(resolveInputOptions());
  });

  test('is undefined for options that do not resolve, so that each page rejects on them rather than the run', () => {
    expect(resolveRunInputOptions({ input: { htmlMinTags: -1 } })).toBeUndefined();
  });
});
