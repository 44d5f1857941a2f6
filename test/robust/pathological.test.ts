// Pathological pages: every shape of bench/shapes.json (long runs of spaces, dashes, dots, "By By By", unclosed
// brackets, credits followed by long blank runs, thousands of short lines...) gives a record or a reject, alone
// and inside an article, and the article around it still comes out. That the time grows linearly with the size
// is measured by `node bench/pathological.mjs` (up to 10 MB), and the regular expressions are audited in
// regex-safety.test.ts; this test keeps the pages small enough to stay fast.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordSchema } from '../../src/schema.js';
import { rejectSchema } from '../../src/rejects.js';
import { cleanPage } from '../../src/run/page.js';
import { ROOT } from '../helpers.js';

interface Shape {
  name: string;
  prefix: string;
  unit: string;
  suffix: string;
}

const SHAPES: Shape[] = JSON.parse(readFileSync(path.join(ROOT, 'bench/shapes.json'), 'utf8'));
const CHARS = 128 * 1024;

function shapeText(shape: Shape, chars: number): string {
  return shape.prefix + shape.unit.repeat(Math.ceil(chars / shape.unit.length)).slice(0, chars) + shape.suffix;
}

const LEAD = 'The harbour ferry will return to service on Monday after four months of repairs, the port authority said on Friday, and the timetable will be the same as last summer.';
const ARTICLE_TOP = `Harbour ferry returns after winter repairs\n\n${LEAD}\n\n`;

describe('pathological pages', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('%s: a record or a reject, alone and inside an article', (_name, shape) => {
    const alone = cleanPage(Buffer.from(shapeText(shape, CHARS)), `${shape.name}.txt`);
    if (alone.ok) recordSchema.parse(alone.record);
    else rejectSchema.parse(alone.reject);
    const inside = cleanPage(Buffer.from(`${ARTICLE_TOP}${shapeText(shape, CHARS)}\n\n${LEAD}\n`), `${shape.name}-in-article.txt`);
    if (!inside.ok) throw new Error(`the article was lost: ${inside.reject.reason}: ${inside.reject.message}`);
    recordSchema.parse(inside.record);
    expect(inside.record.body).toContain(LEAD);
  });
});
