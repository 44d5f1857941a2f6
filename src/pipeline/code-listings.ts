// Code listings inside an article. A technical article breaks its prose with program text (a <pre> block), which
// a text browser prints line by line: short lines, few words, many symbols, each a block that scores as chrome, so
// the article's dense text falls into two regions with the listing, and the sentences that introduce it
// ("Its test suite, powered by Mocha:"), between them. A stretch between two dense text regions whose blocks are
// mostly program lines is the article's own: its blocks go back into the body. Program text includes what a
// protocol's transcript prints (a request line, a status line, header fields, JSON), and the sentences that
// introduce each listing (ending with a colon) are left out of the count: an article with many short listings
// has nearly as many of them as listings.
import type { Block, Doc } from './doc.js';
import { keep } from './doc.js';

/** A line of program text by its ends: a statement or block closing (`;`, `{`, `}`, `*\/`), a comment or
 * preprocessor line opening, or a markup tag at either end. */
const PROGRAM_LINE = /(?:[{};]|\*\/|<\/?[A-Za-z][^<>]{0,200}>)\s*$|^\s*(?:\/\/|\/\*|#include\b|<\/?[A-Za-z!][^<>]{0,200}>)/u;
/** Data and protocol lines: a JSON member (`"rel": "avatar"`), a line of brackets alone (`}, {`, `}]`), an HTTP
 * request or status line, a header field whose name is hyphenated (`Content-Type: …`), a line continued on the next
 * by a backslash (a shell command, a wrapped transcript). */
const DATA_LINE = /^\s*(?:"[^"\n]{1,80}"\s*:|[[\]{}(),][[\]{}(),\s]*$)|^(?:GET|POST|PUT|DELETE|HEAD|OPTIONS|PATCH) \S+ HTTP\/\d|^HTTP\/\d(?:\.\d)? \d{3}\b|^[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+: |\\$/u;
/** A line that introduces what follows. */
const INTRODUCES = /:\s*$/u;
/** Rules whose blocks stay out whatever stands around them: the fields read from the page, repeats. */
const SETTLED = /^(?:field|dup):/u;

export function isProgramLine(text: string): boolean {
  return text.split('\n').every((line) => line.trim() === '' || PROGRAM_LINE.test(line) || DATA_LINE.test(line));
}

/** Keep the blocks between two dense text regions when most of them are program lines, the sentences introducing
 * the listings aside (rule `content:listing`). */
export function keepCodeListings(doc: Doc): void {
  const regions = [...doc.regions].sort((a, b) => a.start - b.start);
  for (let r = 1; r < regions.length; r++) {
    const gap = doc.blocks.slice(regions[r - 1].end, regions[r].start);
    const program = gap.filter((b) => isProgramLine(b.text)).length;
    const introductions = gap.filter((b) => INTRODUCES.test(b.text) && !isProgramLine(b.text)).length;
    if (program * 2 <= gap.length - introductions) continue;
    for (const b of gap) if (!b.decision.keep && !SETTLED.test(b.decision.rule)) keepInListing(b, program, gap.length);
  }
}

function keepInListing(block: Block, program: number, size: number): void {
  keep(block, 'content:listing', `between two dense text regions, in a stretch of ${size} blocks of which ${program} are program lines`);
}
