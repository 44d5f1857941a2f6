// Editors credited on the page: `(Editor:LiXiang、Zhang Qian)`, `(Web editor: Zhang Kaiwei, Liang Jun)`,
// `[Editor: Mu Xuequan]`, `Editor: Wang Yu`, `Editing by Chris Reese and Jonathan Oatis` (Reuters),
// `Edited by ...`, `责任编辑：张三`. The credit may stand alone or sit inside a widget line or at the end of the
// last paragraph; a line that is only the credit is the field, and a credit inside a kept paragraph is cut out.
import type { ExtractContext } from './context.js';
import { consume, cutFromText } from './context.js';
import { splitNames } from './names.js';

const CREDITS: RegExp[] = [
  /[([]\s*(?:(?:web|chief|responsible|managing)\s+)?editors?\s*[:：]\s*([^)\]]{2,120})[)\]]/iu,
  /(?:^|\s)(?:(?:web|chief|responsible|managing)\s+)?editors?\s*[:：]\s*(.{2,120})$/iu,
  // one optional space before the end (block text has single spaces): `\s*` there rescanned a long run of
  // spaces for every length the lazy name group tried (quadratic)
  /(?:^|[.;]\s*|\s)(?:editing|edited)\s+by\s+(.{2,120}?)\s?(?:[;)]|$)/iu,
  // at most 20 more names: an unbounded repeated group needs a backtracking frame per name (stack overflow on MBs)
  /(?:责任编辑|责编|编辑)\s*[:：]\s*([^\s)）]{1,40}(?:[、，,\s]+[^\s)）]{1,40}){0,20})/u,
];

export function extractEditors(ctx: ExtractContext): string[] {
  // the footer zone first (where credits usually stand), then the whole page
  const order = [...ctx.blocks.slice(ctx.bodyStart), ...ctx.blocks.slice(0, ctx.bodyStart)];
  for (const block of order) {
    for (const re of CREDITS) {
      const m = re.exec(block.text);
      if (!m) continue;
      const names = splitNames(m[1]);
      if (names.length === 0) continue;
      if (m[0].trim().length >= block.text.length - 2) consume(block, 'editors', `editor credit: ${names.join(', ')}`);
      else cutFromText(block, m[0].trim());
      return names;
    }
  }
  return [];
}
