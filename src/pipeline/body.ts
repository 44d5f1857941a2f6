// The paragraphs a record's body is made of, from the kept blocks: each block is a paragraph (spaces folded, a list
// item's marker written), except the lines of one code listing (an HTML <pre>), which make one paragraph together.
// The repeats stage (dedup.ts) and the record's body (clean-document.ts) go by the same paragraphs, so a body the
// cleaner writes never holds a paragraph twice in `check`'s terms (src/text/body-paragraphs.ts).
import type { Block } from './doc.js';
import { foldSpaces } from '../text/script.js';
import { paragraphKey } from '../text/tokens.js';
import { PARAGRAPH_BREAK } from '../text/body-paragraphs.js';
import { underlinesLinks, withoutLinkUnderlines } from '../text/link-underlines.js';
import { withoutImageText } from '../text/image-text.js';

export interface BodyParagraph {
  /** The blocks written into it, in order: one, or the kept lines of a listing. */
  blocks: Block[];
  /** As the body writes it. */
  text: string;
  listing: boolean;
}

/**
 * How a page's block text is written into its body: the converter's marks for links and images that the article does
 * not hold go. A link's words are written apart where the converter joined them with underscores (`lines`: the page's,
 * which tell whether it did), and an image's text before a paragraph is left out (the fields' readers see through
 * both).
 */
export function bodyWords(lines: readonly string[]): (text: string) => string {
  const links = underlinesLinks(lines);
  return (text) => withoutImageText(links ? withoutLinkUnderlines(text) : text);
}

/** The body paragraphs of `blocks` (kept blocks, in page order), their text written by `words` (bodyWords); blocks
 * that write no text are left out. */
export function bodyParagraphs(blocks: readonly Block[], words: (text: string) => string): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  let listingNumber: number | null = null;
  for (const block of blocks) {
    const text = paragraphText(block, words);
    if (text === '') continue;
    const number = block.html?.listing ?? null;
    const last = out[out.length - 1];
    if (number !== null && number === listingNumber) {
      last.blocks.push(block);
      last.text += `\n${text}`;
    } else {
      out.push({ blocks: [block], text, listing: number !== null });
      listingNumber = number;
    }
  }
  return out;
}

/** The body: the paragraphs one blank line apart. */
export function writeBody(blocks: readonly Block[], words: (text: string) => string): string {
  return bodyParagraphs(blocks, words)
    .map((p) => p.text)
    .join(PARAGRAPH_BREAK);
}

/**
 * The keys a paragraph repeats an earlier one by. A listing goes by its whole text (its lines repeat as code does);
 * any other paragraph by its block's key (the list marker aside: two items of one text are one repeat) and, where
 * the written text differs from the block's, by the written text's key too, which is the one `check` compares.
 */
export function paragraphKeys(paragraph: BodyParagraph): string[] {
  if (paragraph.listing) return [paragraphKey(paragraph.text)];
  const block = paragraph.blocks[0];
  if (paragraph.text === block.text) return [block.key];
  const written = paragraphKey(paragraph.text);
  return written === block.key ? [block.key] : [block.key, written];
}

function paragraphText(block: Block, words: (text: string) => string): string {
  const t = foldSpaces(words(block.text)).trim();
  if (t === '') return '';
  if (block.kind === 'numbered' && block.marker) return `${block.marker} ${t}`;
  if (block.kind === 'bullet') return `- ${t}`;
  return t;
}
