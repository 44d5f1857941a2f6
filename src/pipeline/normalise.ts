// Stage 1: make the text uniform before anything looks at it. Line endings become LF, a leading BOM goes,
// space-like characters become plain spaces, invisible format characters that only break matching are dropped,
// tabs are expanded (indentation is a segmentation signal) and trailing whitespace is trimmed from every line.

/** Space characters that render as a space but are not U+0020 (NBSP, en/em spaces, thin spaces, ...). */
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f]/g;
/** Invisible characters with no textual content: soft hyphen, zero-width space, word joiner, stray BOMs. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;
/** C0/C1 control characters other than tab and line feed; CR is handled before this runs. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const TAB_STOP = 8;
/** Any character that one of the replacements above (or the line endings') would change: most pages hold none,
 * and are scanned once instead of once per replacement. */
const ANY_TO_REPLACE = new RegExp([/\r/, SPACE_LIKE, INVISIBLE, CONTROL].map((re) => re.source).join('|'));
/** A tab, or white space ending a line: what the line pass changes (no match, and every line stays as it is). */
const TAB_OR_TRAILING = /\t|[^\S\n](?:\n|$)/;

export interface Normalised {
  text: string;
  /** How many characters of each kind were replaced or removed, for the record's audit trail. */
  changes: { crlf: number; bom: boolean; spaces: number; invisible: number; control: number };
}

export function normaliseText(input: string): Normalised {
  let text = input;
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (!ANY_TO_REPLACE.test(text)) {
    const changes = { crlf: 0, bom, spaces: 0, invisible: 0, control: 0 };
    return { text: TAB_OR_TRAILING.test(text) ? byLine(text) : text, changes };
  }
  let crlf = 0;
  text = text.replace(/\r\n?/g, () => {
    crlf++;
    return '\n';
  });
  let spaces = 0;
  text = text.replace(SPACE_LIKE, () => {
    spaces++;
    return ' ';
  });
  let invisible = 0;
  text = text.replace(INVISIBLE, () => {
    invisible++;
    return '';
  });
  let control = 0;
  text = text.replace(CONTROL, () => {
    control++;
    return '';
  });
  return { text: byLine(text), changes: { crlf, bom, spaces, invisible, control } };
}

/** Tabs expanded and trailing white space trimmed, line by line. */
function byLine(text: string): string {
  return text
    .split('\n')
    .map((line) => expandTabs(line).trimEnd())
    .join('\n');
}

function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') out += ' '.repeat(TAB_STOP - (out.length % TAB_STOP));
    else out += ch;
  }
  return out;
}
