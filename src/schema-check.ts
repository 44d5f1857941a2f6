// A record's check made once from the zod schema that defines it (src/schema.ts stays the single source of the
// contract), as plain functions: zod's safeParse walks its own machinery for every field of every record (about 2%
// of the cleaner's time), and the cleaner checks one record per page. The compiled check only says yes: a value it
// accepts is one zod accepts, and it gives back what zod would (keys in the schema's order, objects and arrays
// copied, strings as they are); anything it cannot vouch for (a failing value, an unusual object) it leaves to zod,
// which then says what is wrong. A schema node it does not know makes the compilation throw, never a silent pass.
import type { z } from 'zod';

/** The value as zod would give it back, or null: ask zod. */
export type FastCheck<T> = (value: unknown) => T | null;

/** A failed check inside the compiled functions (cheaper than a result object at every level). */
const UNSURE = Symbol('unsure');
type Node = (value: unknown) => unknown;

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

interface CheckDef {
  check: string;
  format?: string;
  minimum?: number;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

export function compileCheck<S extends z.ZodType>(schema: S): FastCheck<z.output<S>> {
  const node = compile(schema);
  return (value) => {
    const out = node(value);
    return out === UNSURE ? null : (out as z.output<S>);
  };
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function compile(schema: z.ZodType): Node {
  const def = defOf(schema);
  if ((def as { coerce?: boolean }).coerce) throw new Error(`compileCheck: no compiled check for a coercing zod ${def.type}`);
  switch (def.type) {
    case 'string':
      return withChecks((v) => (typeof v === 'string' ? v : UNSURE), def);
    case 'number':
      return withChecks((v) => (typeof v === 'number' && Number.isFinite(v) ? v : UNSURE), def);
    case 'unknown':
      return (v) => v;
    case 'nullable': {
      const inner = compile(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'array':
      return withChecks(compileArray(compile(def.element!)), def);
    case 'object':
      return compileObject(def);
    case 'record':
      return compileRecord(def);
    default:
      throw new Error(`compileCheck: no compiled check for a zod ${def.type}`);
  }
}

/** The checks zod runs after the type test: all of them must pass. */
function withChecks(typed: Node, def: Def): Node {
  const tests = (def.checks ?? []).map((c) => checkOf(c._zod.def));
  if (tests.length === 0) return typed;
  return (v) => {
    const out = typed(v);
    if (out === UNSURE) return UNSURE;
    for (const test of tests) if (!test(out)) return UNSURE;
    return out;
  };
}

function checkOf(c: CheckDef): (v: unknown) => boolean {
  switch (c.check) {
    case 'min_length': {
      const min = c.minimum!;
      return (v) => (v as string | unknown[]).length >= min;
    }
    case 'string_format':
      if (c.format === 'regex') {
        const pattern = c.pattern!;
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      break;
    case 'number_format':
      if (c.format === 'safeint') return (v) => Number.isSafeInteger(v);
      break;
    case 'greater_than': {
      const bound = c.value!;
      return c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    }
    case 'custom': {
      const fn = c.fn!;
      // a refinement passes on a truthy answer; a promise (an asynchronous refinement) is left to zod
      return (v) => {
        const ok = fn(v);
        return Boolean(ok) && !(ok instanceof Promise);
      };
    }
  }
  throw new Error(`compileCheck: no compiled check for ${c.check}${c.format ? ` (${c.format})` : ''}`);
}

function compileArray(element: Node): Node {
  return (v) => {
    if (!Array.isArray(v)) return UNSURE;
    const out: unknown[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return UNSURE;
      const item = element(v[i]);
      if (item === UNSURE) return UNSURE;
      out[i] = item;
    }
    return out;
  };
}

/** A plain object (of any realm: a worker's, a vm context's) with no symbol keys and no `__proto__` of its own:
 * the objects a record is made of. */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return (proto === null || Object.getPrototypeOf(proto) === null) && Object.getOwnPropertySymbols(v).length === 0 && !Object.hasOwn(v, '__proto__');
}

function compileObject(def: Def): Node {
  // a strict object (catchall never) alone: other objects keep or check unknown keys as zod says
  if (def.catchall === undefined || defOf(def.catchall).type !== 'never') throw new Error('compileCheck: only strict objects are compiled');
  const keys = Object.keys(def.shape!);
  const known = new Set(keys);
  const fields = keys.map((key) => {
    const d = defOf(def.shape![key]);
    // an optional field may be absent; present, it is checked as its inner schema (undefined is left to zod)
    return { key, optional: d.type === 'optional', node: compile(d.type === 'optional' ? d.innerType! : def.shape![key]) };
  });
  return (v) => {
    if (!isPlain(v)) return UNSURE;
    for (const key in v) if (!known.has(key)) return UNSURE;
    const out: Record<string, unknown> = {};
    for (const { key, optional, node } of fields) {
      const value = v[key];
      if (value === undefined) {
        if (optional && !Object.hasOwn(v, key)) continue;
        return UNSURE;
      }
      const checked = node(value);
      if (checked === UNSURE) return UNSURE;
      out[key] = checked;
    }
    return out;
  };
}

function compileRecord(def: Def): Node {
  if (defOf(def.keyType!).type !== 'string' || (defOf(def.keyType!).checks ?? []).length > 0) throw new Error('compileCheck: only records keyed by any string are compiled');
  const value = compile(def.valueType!);
  return (v) => {
    if (!isPlain(v)) return UNSURE;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      const checked = value(v[key]);
      if (checked === UNSURE) return UNSURE;
      out[key] = checked;
    }
    return out;
  };
}
