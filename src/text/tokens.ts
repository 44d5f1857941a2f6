// Word tokens for features and similarity. A CJK character counts as a word of its own because those scripts
// do not separate words with spaces; everything else is a run of letters and digits with inner apostrophes or
// hyphens.

// A word is letters and digits, with single inner apostrophes, hyphens or dots (it's, well-known, U.S.). Runs of
// letters, digits and those marks are matched first, then cut at doubled marks and trimmed of marks at their
// ends: one pattern of the form (letters (mark letters)*) would need a backtracking frame per mark and overflow
// the stack on a long hyphenated run (a 10 MB line of "t-t-t-").
// At most 4096 characters per match, pieces that touch are joined: an unbounded `+` over a 10 MB run can
// exhaust the regular-expression engine's backtrack stack.
const RUN = /[\p{L}\p{M}\p{N}'’\-.]{1,4096}/gu;
const DOUBLED_MARKS = /['’\-.]{2,}/u;
const MARKS = "'’-.";
const CJK_OR_OTHER = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/gu;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** A mark or a CJK character: a run without either is a word as it stands (most runs). */
const MARK_OR_CJK = /['’\-.\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export function words(text: string): string[] {
  const out: string[] = [];
  // maximal runs of word characters and marks, joined from the bounded pieces that RUN matches
  let current = '';
  let end = -1;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    if (m.index === end) current += m[0];
    else {
      if (current) pushWords(current, out);
      current = m[0];
    }
    end = m.index + m[0].length;
  }
  if (current) pushWords(current, out);
  return out;
}

/** The words of one run: cut at doubled marks, marks trimmed at the ends, CJK characters one by one. */
function pushWords(run: string, out: string[]): void {
  if (!MARK_OR_CJK.test(run)) {
    out.push(run);
    return;
  }
  for (let w of run.split(DOUBLED_MARKS)) {
    if (MARKS.includes(w.charAt(0))) w = w.slice(1);
    if (MARKS.includes(w.charAt(w.length - 1))) w = w.slice(0, -1);
    if (w === '') continue;
    // CJK characters are words of their own; Latin or digit parts beside them stay whole
    if (CJK_RUN.test(w)) for (const part of w.matchAll(CJK_OR_OTHER)) out.push(part[0]);
    else out.push(w);
  }
}

/** A comparison key for a paragraph: case, punctuation and spacing differences do not make it different. */
export function paragraphKey(text: string): string {
  return words(text.normalize('NFKC').toLowerCase()).join(' ');
}
