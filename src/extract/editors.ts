// Editors credited on the page: `(Editor:LiXiang、Zhang Qian)`, `(Web editor: Zhang Kaiwei, Liang Jun)`,
// `[Editor: Mu Xuequan]`, `Editor: Wang Yu`, `Editing by Chris Reese and Jonathan Oatis` (Reuters), `Edited by ...`,
// `责任编辑：张三`, `【责任编辑：刘洋 】`. The credit may stand alone, be one part of a line of fields, sit inside a
// widget line or end the last paragraph; a line of fields is taken out of the body whole, and a credit inside a
// kept paragraph is cut out of it.
import type { ExtractContext } from './context.js';
import { consumeIfFieldLine, cutFromText } from './context.js';
import { splitNames } from './names.js';
import { partsOf, plainText } from './segments.js';

const ROLE = String.raw`(?:(?:web|chief|responsible|managing|copy|online)\s+)?editors?`;
interface CreditForm {
  re: RegExp;
  /** A label such as "Editor:" says the words after it are a name, even a pen name in lower case ("huaxia"). */
  labelled: boolean;
}
const CREDITS: CreditForm[] = [
  { re: new RegExp(String.raw`[(\[（【]\s*${ROLE}\s*[:：]\s*([^)\]）】]{2,120})[)\]）】]`, 'iu'), labelled: true },
  { re: new RegExp(String.raw`(?:^|\s)${ROLE}\s*[:：]\s*(.{2,120})$`, 'iu'), labelled: true },
  // names run to a closing bracket or the end; a part after ";" that is not names is another credit
  { re: /(?:^|[.;(]\s*|\s)(?:editing|edited)\s+by\s*:?\s+([^)]{2,120}?)\s*(?:\)|$)/iu, labelled: false },
  { re: /(?:责任编辑|责编|(?<!责任)编辑)\s*[:：]\s*([^)）\]】]{1,60})/u, labelled: true },
];
/** A pen name or login: one word of letters. */
const PEN_NAME = /^\p{L}{3,20}$/u;

export interface EditorCredit {
  names: string[];
  /** The credit as printed. */
  text: string;
}

/** Every credit form names editing ("edit", 编辑, 责编): a block without the word is not cut into parts (most
 * blocks are prose, and cutting them would be most of this extractor's time). Tested on the text without markup, as
 * the parts are: `Edi**tor**:` is a credit. */
const CREDIT_WORD = /edit|编辑|责编/iu;

/** Credits end a paragraph or stand in a short line: a longer part is searched in its last characters only, which
 * also keeps the patterns' runs of spaces short. */
const CREDIT_REACH = 300;

export function parseEditorCredit(part: string): EditorCredit | null {
  const text = part.length > CREDIT_REACH ? part.slice(-CREDIT_REACH) : part;
  for (const { re, labelled } of CREDITS) {
    const m = re.exec(text);
    if (!m) continue;
    const list = m[1].trim();
    if (labelled) {
      const names = splitNames(list);
      if (names.length === 0 && PEN_NAME.test(list)) names.push(list);
      if (names.length) return { names, text: m[0].trim() };
      continue;
    }
    const { names, printed } = namesBeforeNextCredit(list);
    if (names.length === 0) continue;
    // the credit as printed: from its label to its last name, with its brackets when it was all of them
    const whole = printed === list && /^\s*\(.*\)$/su.test(m[0]);
    return { names, text: whole ? m[0].trim() : m[0].slice(m[0].search(/edit/iu), m[0].indexOf(list)) + printed };
  }
  return null;
}

/** "Chris Reese; Tom Price" -> both; "Chris Reese; Additional reporting by ..." -> the first only. */
function namesBeforeNextCredit(list: string): { names: string[]; printed: string } {
  const names: string[] = [];
  let printed = '';
  const pieces = list.split(/(\s*;\s*)/u);
  for (let i = 0; i < pieces.length; i += 2) {
    const found = splitNames(pieces[i]);
    if (found.length === 0) break;
    for (const name of found) names.push(name);
    printed += (i > 0 ? pieces[i - 1] : '') + pieces[i];
  }
  return { names, printed };
}

/** The part is an editor credit and nothing else (brackets and stops aside). */
export function isEditorCredit(part: string): boolean {
  const credit = parseEditorCredit(part);
  return credit !== null && !/[\p{L}\p{N}]/u.test(part.replace(credit.text, ''));
}

export function extractEditors(ctx: ExtractContext): string[] {
  // the article and what follows it first (where credits usually stand), then the header
  const order = [...ctx.blocks.slice(ctx.bodyStart), ...ctx.blocks.slice(0, ctx.bodyStart)];
  for (const block of order) {
    const plain = plainText(block.text);
    if (!CREDIT_WORD.test(plain)) continue;
    for (const part of partsOf(plain)) {
      const credit = parseEditorCredit(part);
      if (!credit) continue;
      if (!consumeIfFieldLine(ctx, block, 'editors', `editor credit: ${credit.names.join(', ')}`)) cutFromText(block, credit.text);
      return credit.names;
    }
  }
  return [];
}
