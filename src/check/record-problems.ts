// What is wrong with one corpus record, field by field: everything the record schema says (src/schema.ts, the
// contract every record is written under), plus what a cleaned corpus must not hold even when the schema lets it
// through: an empty body, or a body that still has a paragraph twice (the cleaner removes repeats, so a repeat
// means the file was not made by it or was edited since).
import { recordSchema } from '../schema.js';
import { paragraphKey } from '../text/tokens.js';
import { mayRecur, splitBody } from '../text/body-paragraphs.js';

export type FieldPath = (string | number)[];

export interface Problem {
  /** Where in the record: [] for the record as a whole, ['stats', 'removed', 'x'], ['authors', 0]. */
  path: FieldPath;
  message: string;
}

export function recordProblems(value: unknown): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: [], message: `expected a record (a JSON object), found ${value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`}` }];
  }
  const record = value as Record<string, unknown>;
  const problems: Problem[] = [];
  const emptyBody = typeof record.body === 'string' && record.body.trim() === '';
  const parsed = recordSchema.safeParse(record);
  if (!parsed.success) {
    // one problem per field: when several checks fail on one value ('' is too short and not trimmed), the last,
    // most specific one (a refinement runs after the built-in checks) says it best
    const byField = new Map<string, Problem>();
    const add = (problem: Problem) => byField.set(JSON.stringify(problem.path), problem);
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) add({ path: [...path, key], message: 'unknown field (not in the record schema)' });
      } else if (emptyBody && path.length === 1 && path[0] === 'body') {
        continue; // said once below, in plain words
      } else if (!isPresent(record, path)) {
        add({ path, message: 'missing (a required field)' });
      } else {
        add({ path, message: issue.message.replace(/^Invalid input: /, '') });
      }
    }
    for (const p of byField.values()) problems.push(p);
  }
  if (emptyBody) problems.push({ path: ['body'], message: 'body is empty' });
  else if (typeof record.body === 'string') for (const p of repeatedParagraphs(record.body)) problems.push(p);
  for (const p of loneSurrogates(record)) problems.push(p);
  return problems;
}

const LONE_SURROGATE = 'holds a lone surrogate (a \\ud800-\\udfff escape without its other half): not valid Unicode';

/**
 * Strings and keys anywhere in the record that hold a lone surrogate: JSON lets `"\\ud800"` be written, but it is
 * no Unicode text, and a corpus-clean record never holds one. The walk keeps a link to each value's parent instead
 * of a path per value, and no recursion: a passthrough field may be nested to any depth.
 */
export function loneSurrogates(record: Record<string, unknown>): Problem[] {
  type Step = { value: unknown; key: string | number | null; parent: Step | null };
  const pathOf = (step: Step): FieldPath => {
    const path: FieldPath = [];
    for (let s: Step | null = step; s !== null && s.key !== null; s = s.parent) path.push(s.key);
    return path.reverse();
  };
  const problems: Problem[] = [];
  const stack: Step[] = [{ value: record, key: null, parent: null }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const v = step.value;
    if (typeof v === 'string') {
      if (!v.isWellFormed()) problems.push({ path: pathOf(step), message: LONE_SURROGATE });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: step });
    } else if (typeof v === 'object' && v !== null) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const child: Step = { value: (v as Record<string, unknown>)[keys[i]], key: keys[i], parent: step };
        if (!keys[i].isWellFormed()) problems.push({ path: pathOf(child), message: `its name ${LONE_SURROGATE}` });
        stack.push(child);
      }
    }
  }
  return problems;
}

/** A paragraph that repeats an earlier one (case, punctuation and spacing aside, as the cleaner compares them). */
export function repeatedParagraphs(body: string): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, number>();
  splitBody(body).forEach((paragraph, i) => {
    const key = paragraphKey(paragraph);
    if (key === '' || mayRecur(paragraph)) return; // separators such as "***" carry no words to repeat; a short sentence or code line may
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i + 1);
    else problems.push({ path: ['body'], message: `paragraph ${i + 1} repeats paragraph ${earlier}: ${quote(paragraph)}` });
  });
  return problems;
}

function isPresent(record: Record<string, unknown>, path: FieldPath): boolean {
  let at: unknown = record;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return false;
    at = (at as Record<string | number, unknown>)[key];
  }
  return true;
}

/** The start of a paragraph, quoted, for a message of one line. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 60 ? `${flat.slice(0, 57)}...` : flat);
}
