// Code listings inside an article. A technical article breaks its prose with program text (a <pre> block), which
// a text browser prints line by line: short lines, few words, many symbols, each a block that scores as chrome, so
// the article's dense text falls into two regions with the listing, and the sentences that introduce it
// ("Its test suite, powered by Mocha:"), between them. A stretch between two dense text regions whose blocks are
// mostly program lines is the article's own: its blocks go back into the body.
import type { Block, Doc } from './doc.js';
import { keep } from './doc.js';

/** A line of program text by its ends: a statement or block closing (`;`, `{`, `}`, `*\/`), a comment or
 * preprocessor line opening, or a markup tag at either end. */
const PROGRAM_LINE = /(?:[{};]|\*\/|<\/?[A-Za-z][^<>]{0,200}>)\s*$|^\s*(?:\/\/|\/\*|#include\b|<\/?[A-Za-z!][^<>]{0,200}>)/u;
/** Rules whose blocks stay out whatever stands around them: the fields read from the page, repeats. */
const SETTLED = /^(?:field|dup):/u;

export function isProgramLine(text: string): boolean {
  return text.split('\n').every((line) => line.trim() === '' || PROGRAM_LINE.test(line));
}

/** Keep the blocks between two dense text regions when most of them are program lines (rule `content:listing`). */
export function keepCodeListings(doc: Doc): void {
  const regions = [...doc.regions].sort((a, b) => a.start - b.start);
  for (let r = 1; r < regions.length; r++) {
    const gap = doc.blocks.slice(regions[r - 1].end, regions[r].start);
    const program = gap.filter((b) => isProgramLine(b.text)).length;
    if (program * 2 <= gap.length) continue;
    for (const b of gap) if (!b.decision.keep && !SETTLED.test(b.decision.rule)) keepInListing(b, program, gap.length);
  }
}

function keepInListing(block: Block, program: number, size: number): void {
  keep(block, 'content:listing', `between two dense text regions, in a stretch of ${size} blocks of which ${program} are program lines`);
}
