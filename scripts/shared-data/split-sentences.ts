// Sentences cut in two: a body where a paragraph ends in a lower-case word and the next begins with one. Gold bodies
// of real pages have such a pair in 8-17% of pages (lists of lower-case items, verse); a cleaner that splits
// wrapped paragraphs has far more.

const ENDS_LOWER = /\p{Ll}$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Whether the body (paragraphs one blank line apart; list items start with "- ") has such a pair. */
export function hasSplitSentence(body: string): boolean {
  const paragraphs = body.split('\n\n').map((p) => p.replace(/^- /, ''));
  for (let i = 0; i + 1 < paragraphs.length; i++) if (ENDS_LOWER.test(paragraphs[i]) && STARTS_LOWER.test(paragraphs[i + 1])) return true;
  return false;
}

/** Share of the bodies that have one. */
export function splitSentenceShare(bodies: string[]): number {
  return bodies.length ? bodies.filter(hasSplitSentence).length / bodies.length : 0;
}
