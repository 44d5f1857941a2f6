// How a record is laid out in the output. `corpus-clean`: the record as the schema gives it. `datatrove`:
// `{"id", "text", "metadata": {...}}`, the shape of datatrove's Document, which its JsonlReader reads with its
// defaults (the text in `text`, the id in `id`, and everything else under `metadata`): the body is `text`, and every
// other field of the record, in the record's order, is in `metadata`.
import type { CleanRecord } from '../schema.js';
import type { FieldPath } from '../check/record-problems.js';

export const LAYOUTS = ['corpus-clean', 'datatrove'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The record as the layout writes it. */
export function inLayout(record: CleanRecord, layout: Layout = 'corpus-clean'): unknown {
  if (layout === 'corpus-clean') return record;
  const { id, body, ...metadata } = record;
  return { id, text: body, metadata };
}

/**
 * A record written in datatrove's layout, as the record it holds, with the way from a field of the record to where
 * the file has it (`body` is `text`, `title` is `metadata.title`); null for anything else.
 */
export function fromDatatrove(value: unknown): { record: Record<string, unknown>; pathInFile: (path: FieldPath) => FieldPath } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (!('text' in v) || !('metadata' in v) || keys.some((k) => !['id', 'text', 'metadata', 'media'].includes(k))) return null;
  const metadata = v.metadata;
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return null;
  const { id: _id, text: _text, ...rest } = metadata as Record<string, unknown>;
  const record = { id: v.id, ...rest, body: v.text };
  const pathInFile = (path: FieldPath): FieldPath => {
    if (path.length === 0) return path;
    if (path[0] === 'body') return ['text', ...path.slice(1)];
    if (path[0] === 'id') return path;
    return ['metadata', ...path];
  };
  return { record, pathInFile };
}
