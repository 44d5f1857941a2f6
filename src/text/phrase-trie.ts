// A list of phrases as one regular expression whose alternatives share their beginnings (a trie: "sign up" and
// "signing up" become `sign(?: up|ing up)`). The engine tries a flat alternation phrase after phrase at every
// position of the text; factored, it follows one branch per character, and turns away most positions at the first.
// The pattern matches exactly the strings the flat alternation does (which alternative it prefers may differ:
// use it where only whether, or where, a phrase occurs matters). A phrase may hold groups of alternatives without
// nesting (`support (?:us|our)`), optional groups and optional characters (`cookies?`); nothing else of the
// pattern language.

/** The phrases, spelt out (every choice of their groups and optional parts), as the source of one pattern. */
export function phraseAlternation(phrases: readonly string[]): string {
  const spelt = [...new Set(phrases.flatMap(spellOut))].sort();
  return branches(spelt);
}

const GROUP = /^\(\?:([^()]*)\)(\?)?/u;
const LITERAL = /^[^\\^$.*+?()[\]{}|]/u;

/** Every literal string a phrase stands for. */
export function spellOut(phrase: string): string[] {
  if (phrase === '') return [''];
  const group = GROUP.exec(phrase);
  if (group) {
    // each choice a phrase of its own (its optional characters spelt out too)
    const choices = group[1].split('|').flatMap(spellOut);
    if (group[2]) choices.push('');
    const rest = spellOut(phrase.slice(group[0].length));
    return choices.flatMap((c) => rest.map((r) => c + r));
  }
  const char = LITERAL.exec(phrase);
  if (!char) throw new Error(`phraseAlternation: no literal at "${phrase}"`);
  const width = char[0].length;
  const optional = phrase[width] === '?';
  const rest = spellOut(phrase.slice(width + (optional ? 1 : 0)));
  return [...rest.map((r) => char[0] + r), ...(optional ? rest : [])];
}

/** The trie of the (sorted, distinct) strings as a pattern: one branch per first character. */
function branches(strings: string[]): string {
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const s of strings) {
    if (s === '') {
      ends = true;
      continue;
    }
    const first = String.fromCodePoint(s.codePointAt(0)!);
    const rests = byFirst.get(first) ?? [];
    rests.push(s.slice(first.length));
    byFirst.set(first, rests);
  }
  const parts = [...byFirst].map(([first, rests]) => escape(first) + branches(rests));
  if (parts.length === 0) return '';
  const body = parts.length === 1 && !ends ? parts[0] : `(?:${parts.join('|')})`;
  return ends ? `${body}?` : body;
}

function escape(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/u.test(char) ? `\\${char}` : char;
}
