// Images as text browsers print them: their alternative text, or their address when they have none, between
// brackets where the image stood (`[Crowds outside the station on Monday.]`, `[https://cdn.example/a.jpg]`).
// html2text runs the image into the text after it, so a paragraph starts with a picture's description that the
// article does not hold. A bracket inside a sentence (an editor's `[sic]`, a quote's `[the mayor] said`) and a
// note's number (`[1] See ...`) are the text's own and stay.

/** A bracketed part at the start of a paragraph, with the spaces after it. */
const LEADING_BRACKETS = /^\[([^[\]]{0,2000})\]\s*/u;
/** An image's address or file name standing for the image. */
const IMAGE_ADDRESS = /^(?:https?:|www\.|\S{1,300}\.(?:jpe?g|png|gif|webp|svg)\b)/iu;
/** An image's address anywhere in a paragraph, wrapped lines joined by spaces included. */
const BRACKETED_ADDRESS = /\[(?:https?:|www\.)[^[\]]{0,4000}\]/giu;
/** Words, not a note's number (`[1]`, `[n 1]`). */
const WORD_LETTERS = /\p{L}{2}/u;
/** Text that goes on a sentence the bracket began (`[The mayor] said`). */
const LOWER_START = /^\p{Ll}/u;

/** A paragraph without the images that open it and without images printed as addresses. */
export function withoutImageText(text: string): string {
  if (!text.includes('[')) return text;
  let rest = text;
  for (let m = LEADING_BRACKETS.exec(rest); m !== null; m = LEADING_BRACKETS.exec(rest)) {
    const after = rest.slice(m[0].length);
    const image = IMAGE_ADDRESS.test(m[1]) || (WORD_LETTERS.test(m[1]) && !LOWER_START.test(after));
    if (!image) break;
    rest = after;
  }
  return rest.replace(BRACKETED_ADDRESS, '');
}
