// The record check compiled from the zod schema (src/schema-check.ts) vouches only for what zod accepts, and
// gives back what zod gives: on generated records, valid and broken in every field, whatever it accepts zod
// accepts with the same value (keys in the same order, at every depth); every valid record it accepts.
import fc from 'fast-check';
import { z } from 'zod';
import { compileCheck } from '../src/schema-check.js';
import { recordSchema } from '../src/schema.js';
import { RUNS } from './robust/arbitraries.js';

const check = compileCheck(recordSchema);

/** A value with its own keys listed at every depth (undefined values and key order show). */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return ['array', v.length, ...v.map(shape)];
  if (typeof v === 'object' && v !== null) return ['object', Object.getPrototypeOf(v) === null, ...Object.keys(v).map((k) => [k, shape((v as Record<string, unknown>)[k])])];
  return [typeof v, Number.isNaN(v) ? 'NaN' : v];
}

const nonBlank = fc.oneof(fc.constantFrom('A title', 'Li Xiang', 'BEIJING', 'x'), fc.string({ minLength: 1 }).map((s) => s.trim()).filter((s) => s !== ''));
const iso = fc.constantFrom('2013-06-14', '2013-06-14T20:59', '2013-06-14T20:59Z', '2013-06-14T20:59+01:00');
const count = fc.nat(10_000);

const validRecord = fc.record(
  {
    id: fc.constantFrom('0123456789abcdef', 'given-id'),
    source: fc.constantFrom('pages/a.txt', '-'),
    title: fc.option(nonBlank),
    section: fc.array(nonBlank, { maxLength: 3 }),
    published: fc.option(iso),
    dateline: fc.option(fc.record({ place: nonBlank, date: fc.option(nonBlank), agency: fc.option(nonBlank) })),
    agency: fc.option(nonBlank),
    authors: fc.array(nonBlank, { maxLength: 3 }),
    editors: fc.array(nonBlank, { maxLength: 2 }),
    body: fc.constantFrom('First paragraph.\n\nSecond paragraph.', 'One line', '第一段。'),
    comments: fc.array(fc.record({ author: fc.option(nonBlank), time: fc.option(nonBlank), text: fc.constantFrom('Thanks.', 'a\n\nb') }), { maxLength: 2 }),
    stats: fc.record({ lines: count, blocks: count, kept: count, removed: fc.dictionary(fc.constantFrom('chrome:widget', 'dup:paragraph', 'x'), fc.integer({ min: 1, max: 50 })) }),
    duplicate_of: fc.option(fc.constant('0123456789abcdef')),
    warnings: fc.array(fc.record({ reason: fc.constantFrom('invalid-bytes', 'truncated'), message: fc.constantFrom('m', 'bytes replaced') }, { requiredKeys: ['reason', 'message'] }), { minLength: 1, maxLength: 2 }),
    // (a key `__proto__`, which JSON may hold, is left to zod: see the broken records)
    passthrough: fc.dictionary(fc.string().filter((k) => k !== '__proto__'), fc.jsonValue(), { maxKeys: 3 }),
  },
  { requiredKeys: ['id', 'source', 'title', 'section', 'published', 'dateline', 'agency', 'authors', 'editors', 'body', 'stats', 'duplicate_of'] },
);

/** Values that break a field one way or another (and some that do not). */
const oddValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', ' ', ' padded', 'tab\t', 'trailing \nspace', '2013-02-30', '2013-06-14T25:00', 'ABCDEF0123456789', 'Invalid Bytes', '__proto__') },
  { weight: 3, arbitrary: fc.constantFrom(undefined, null, 0, -1, 1.5, NaN, Infinity, -0, true, [], {}, [''], [null], { a: 1 }, Object.create(null)) },
  { weight: 1, arbitrary: fc.anything() },
);

/** Paths into a record, as deep as its objects go. */
function paths(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== 'object' || v === null) return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...prefix, k], ...paths((v as Record<string, unknown>)[k as string], [...prefix, k])]);
}

/** A valid record with one value replaced, one key taken out, or one key added, somewhere. */
const brokenRecord = fc
  .tuple(validRecord, fc.nat(), fc.constantFrom('replace', 'delete', 'add', 'undefined'), oddValue, fc.constantFrom('extra', '__proto__', 'body', 'place'))
  .map(([record, at, how, value, key]) => {
    const r = structuredClone(record) as Record<string, unknown>;
    // a top-level field half the time (each has its own checks), else any value inside
    const all = at % 2 === 0 ? Object.keys(r).map((k) => [k]) : paths(r);
    const path = all[Math.floor(at / 2) % all.length];
    let parent: Record<string | number, unknown> = r;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
    const last = path[path.length - 1];
    if (how === 'replace') parent[last] = value;
    else if (how === 'delete') delete parent[last];
    else if (how === 'undefined') parent[last] = undefined;
    else Object.defineProperty(typeof parent[last] === 'object' && parent[last] !== null ? parent[last] : r, key, { value, enumerable: true, configurable: true, writable: true });
    return r;
  });

describe('compileCheck(recordSchema)', () => {
  test('accepts every valid record, with what zod gives back', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        const parsed = recordSchema.safeParse(record);
        expect(parsed.success).toBe(true);
        const fast = check(record);
        expect(fast).not.toBeNull();
        expect(shape(fast)).toEqual(shape(parsed.data));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  test('whatever it accepts zod accepts, with the same value; zod is asked about the rest', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(brokenRecord, (record) => {
        const fast = check(record);
        const parsed = recordSchema.safeParse(record);
        if (fast === null) {
          rejected++;
          return;
        }
        accepted++;
        expect(parsed.success).toBe(true);
        expect(shape(fast)).toEqual(shape(parsed.data));
      }),
      { numRuns: RUNS * 10 },
    );
    // the generator breaks most records, and leaves some valid
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(accepted);
  });

  test('a value that is not a plain record is left to zod', () => {
    for (const v of [null, undefined, 'x', 1, [], new Date(0), new Map()]) expect(check(v)).toBeNull();
  });

  test('refuses to compile a schema it has no check for, rather than pass values unchecked', () => {
    expect(() => compileCheck(z.object({ a: z.string().max(3) }).strict())).toThrow(/max_length/);
    expect(() => compileCheck(z.object({ a: z.string() }))).toThrow(/strict/);
    expect(() => compileCheck(z.object({ a: z.boolean() }).strict())).toThrow(/boolean/);
    expect(() => compileCheck(z.object({ a: z.coerce.number() }).strict())).toThrow(/coercing/);
  });
});
