// Links written as underlined words. html2text prints a link's text with its spaces as underscores
// (`ranked_WordPress among_the_most_dreaded_technologies`), so a link inside a sentence becomes one long "word" that
// matches nothing and splits the sentence's words apart. Other dumps keep underscores that are the text's own
// (`lower_bound` in a program, `@ann_lee`, a form's `______`), so a page's underscores are read as spaces only when
// the page shows html2text's other mark, its asterisk headings.

/** An underscore between two parts of one link's text; a social handle keeps its own (`@ann_lee`). */
const UNDERLINED_SPACE = /(?<=[\p{L}\p{N}.,:;!?%'’"”)\]&–—-])_(?=[\p{L}\p{N}(\['‘"“&–—-])/gu;
const WORD = /\S+/gu;

/** A heading as html2text sets it, between runs of three to six asterisks (`****** Headline ******`). */
const ASTERISK_HEADING = /^\s*(\*{3,6})\s.*\s\1$/u;

/** `By_Jane_Doe` -> `By Jane Doe`, word by word. */
export function withoutLinkUnderlines(text: string): string {
  return text.includes('_') ? text.replace(WORD, (w) => (w.startsWith('@') ? w : w.replace(UNDERLINED_SPACE, ' '))) : text;
}

/** Whether the page's underscores are links' spaces: it sets headings between asterisks, as html2text does. */
export function underlinesLinks(lines: readonly string[]): boolean {
  return lines.some((line) => line.includes('***') && ASTERISK_HEADING.test(line));
}
