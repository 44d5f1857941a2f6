// Case-insensitive patterns without the `i` flag. Under `iu` the engine case-folds every character it compares,
// which makes a long alternation of words several times slower than the same words spelt with their case variants
// in character classes (`[pP][hH][oO]...`). `caseless(/.../iu)` matches exactly what the original matches: each
// letter becomes the class of the characters that fold as it does (`s` also matches `ſ`, `k` the Kelvin sign). One
// difference is left: under `iu`, `\b` and `\w` count `ſ` and the Kelvin sign as word characters, so a text holding
// either is matched by the original pattern. Syntax whose meaning under `iu` this does not reproduce (back
// references, case-dependent properties, ranges of letters, escaped code points) is refused when the module loads.
// test/text/caseless.test.ts checks the classes against the engine's own folding, and the patterns against theirs.

/** The characters that `\w` matches under `iu` and not without `i` (they fold to `s` and `k`). */
const FOLDED_WORD_CHAR = /[\u017f\u212a]/u;
/** `\p{L}` under `iu` also matches U+0345, which folds to a Greek iota. Properties of no case pass as they are. */
const LETTER_PROPERTY = '\\p{L}\\u0345';
const CASELESS_PROPERTIES = new Set(['N', 'Nd', 'Script=Han', 'Script=Hiragana', 'Script=Katakana', 'Script=Hangul']);

/** Characters that fold as a lower-case letter does without being its upper or lower case (the long s, the Kelvin
 * sign, Greek symbol forms, ...), by that letter: found by running every code point through the engine's `iu`. */
const EXTRA_FOLDS: Record<string, string> = {
  '\u03bc': '\u00b5', '\u0073': '\u017f', '\u01c6': '\u01c5', '\u01c9': '\u01c8', '\u01cc': '\u01cb',
  '\u01f3': '\u01f2', '\u03b9': '\u0345\u1fbe', '\u03c3': '\u03c2', '\u03b2': '\u03d0', '\u03b8': '\u03d1\u03f4',
  '\u03c6': '\u03d5', '\u03c0': '\u03d6', '\u03ba': '\u03f0', '\u03c1': '\u03f1', '\u03b5': '\u03f5',
  '\u0432': '\u1c80', '\u0434': '\u1c81', '\u043e': '\u1c82', '\u0441': '\u1c83', '\u0442': '\u1c84\u1c85',
  '\u044a': '\u1c86', '\u0463': '\u1c87', '\ua64b': '\u1c88', '\u1e61': '\u1e9b', '\u00df': '\u1e9e',
  '\u1f80': '\u1f88', '\u1f81': '\u1f89', '\u1f82': '\u1f8a', '\u1f83': '\u1f8b', '\u1f84': '\u1f8c',
  '\u1f85': '\u1f8d', '\u1f86': '\u1f8e', '\u1f87': '\u1f8f', '\u1f90': '\u1f98', '\u1f91': '\u1f99',
  '\u1f92': '\u1f9a', '\u1f93': '\u1f9b', '\u1f94': '\u1f9c', '\u1f95': '\u1f9d', '\u1f96': '\u1f9e',
  '\u1f97': '\u1f9f', '\u1fa0': '\u1fa8', '\u1fa1': '\u1fa9', '\u1fa2': '\u1faa', '\u1fa3': '\u1fab',
  '\u1fa4': '\u1fac', '\u1fa5': '\u1fad', '\u1fa6': '\u1fae', '\u1fa7': '\u1faf', '\u1fb3': '\u1fbc',
  '\u1fc3': '\u1fcc', '\u1ff3': '\u1ffc', '\u03c9': '\u2126', '\u006b': '\u212a', '\u00e5': '\u212b',
};


/** Two characters that `iu` takes for the same (a back reference compares them as the pattern's letters are). */
const SAME_UNDER_IU = /^(.)\1$/iu;
const known = new Map<string, string[]>();

/** The characters that fold as `ch` does (itself first), verified against the engine's `iu` matching. */
export function foldClass(ch: string): string[] {
  let out = known.get(ch);
  if (out === undefined) known.set(ch, (out = foldClassOf(ch)));
  return out;
}

function foldClassOf(ch: string): string[] {
  const lower = ch.toLowerCase();
  const seeds = [ch, lower, ch.toUpperCase(), lower.toUpperCase(), ch.toUpperCase().toLowerCase(), ...(EXTRA_FOLDS[lower] ?? ''), ...(EXTRA_FOLDS[ch.toUpperCase().toLowerCase()] ?? '')];
  const out: string[] = [];
  for (const c of seeds) if ([...c].length === 1 && !out.includes(c) && SAME_UNDER_IU.test(ch + c)) out.push(c);
  return out;
}

function escapeChar(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16)}}`;
}

/** Inside a class: the character and its case variants, escaped. */
function variants(ch: string): string {
  return foldClass(ch).map(escapeChar).join('');
}

function refuse(source: string, why: string): never {
  throw new Error(`caseless: ${why} in /${source}/`);
}

/** What a pattern is asked (one match at a time: no `g` or `y` flag, so no state between calls). */
export interface Matcher {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** `re` (flags `iu`) as a pattern without the `i` flag, giving the same answers and matches. */
export function caseless(re: RegExp): Matcher {
  if (re.flags !== 'iu') refuse(re.source, `flags ${re.flags} (only iu)`);
  const fast = new RegExp(rewrite(re.source), 'u');
  return {
    test: (text) => (FOLDED_WORD_CHAR.test(text) ? re : fast).test(text),
    exec: (text) => (FOLDED_WORD_CHAR.test(text) ? re : fast).exec(text),
  };
}

/** The source with each letter spelt as its class of case variants. */
export function rewrite(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; ) {
    const ch = String.fromCodePoint(source.codePointAt(i)!);
    if (ch === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 3, end);
        if (name === 'L' && next === 'p') out += inClass ? LETTER_PROPERTY : `[${LETTER_PROPERTY}]`;
        else if (CASELESS_PROPERTIES.has(name)) out += source.slice(i, end + 1);
        else refuse(source, `\\${next}{${name}}`);
        i = end + 1;
        continue;
      }
      if (/[1-9kuxc]/.test(next)) refuse(source, `\\${next}`);
      // other escapes (\b, \s, \d, \w, \., ...) match no cased letter beyond what FOLDED_WORD_CHAR sends back
      out += `\\${next}`;
      i += 2;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      else if (ch === '-' && (hasCase(source[i - 1]) || hasCase(source[i + 1]))) refuse(source, 'a range of letters');
      out += hasCase(ch) ? variants(ch) : ch;
      i += ch.length;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += '[';
      i += 1;
      continue;
    }
    // a named group's name is no text to match
    if (source.startsWith('(?<', i) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      const end = source.indexOf('>', i);
      out += source.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    out += hasCase(ch) ? `[${variants(ch)}]` : ch;
    i += ch.length;
  }
  return out;
}

/** Whether `iu` matches more than the character itself. */
function hasCase(ch: string | undefined): boolean {
  return ch !== undefined && foldClass(ch).length > 1;
}
