// How a record's body is cut into paragraphs, shared by the cleaner that writes bodies and by everything that reads
// them (`check`, the near-duplicate shingles): paragraphs are one blank line apart, and the lines of a code listing
// are one newline apart inside their paragraph, so a paragraph never holds a blank line.

export const PARAGRAPH_BREAK = '\n\n';

/** A body's paragraphs, as written (a line of spaces or tabs between two paragraphs is a blank line too). */
export function splitBody(body: string): string[] {
  return body.split(/\n[ \t]*\n/);
}

/** Shortest paragraph (characters) that a repeat of removes; part of what a body is, so `check` goes by it too. */
export const MIN_REPEAT_CHARS = 40;

/**
 * A short paragraph that ends with punctuation may recur in an article: a sentence said twice ("No answer."), a line
 * of code in two listings ("status_code,"). A short repeat that ends with a word is a label or a button printed
 * again ("Continue reading the main story"), and a long one a pasted copy: those the cleaner removes.
 */
export function mayRecur(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length < MIN_REPEAT_CHARS && /[^\p{L}\p{N}\s]$/u.test(text);
}
