// How a record's body is cut into paragraphs, shared by the cleaner that writes bodies and by everything that reads
// them (`check`, the near-duplicate shingles): paragraphs are one blank line apart, and the lines of a code listing
// are one newline apart inside their paragraph, so a paragraph never holds a blank line.

export const PARAGRAPH_BREAK = '\n\n';

/** A body's paragraphs, as written (a line of spaces or tabs between two paragraphs is a blank line too). */
export function splitBody(body: string): string[] {
  return body.split(/\n[ \t]*\n/);
}
