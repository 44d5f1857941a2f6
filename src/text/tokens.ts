// Word tokens for features and similarity. A CJK character counts as a word of its own because those scripts
// do not separate words with spaces; everything else is a run of letters and digits with inner apostrophes or
// hyphens.

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*/gu;
const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (CJK_RUN.test(w)) {
      // split CJK runs into single characters, keep any Latin/digit parts whole
      for (const part of w.split(/([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])/u)) {
        if (part) out.push(part);
      }
    } else out.push(w);
  }
  return out;
}

/** A comparison key for a paragraph: case, punctuation and spacing differences do not make it different. */
export function paragraphKey(text: string): string {
  return words(text.normalize('NFKC').toLowerCase()).join(' ');
}
