// Splitting a credit into the people it names: "LiXiang、Zhang Qian", "Chris Reese and Jonathan Oatis",
// "A, B & C". Names are kept as written; roles and agencies after a comma are not names.

const SEPARATORS = /\s*(?:、|，|,|;|；|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b)\s*/iu;

/** Words that make a comma-separated part a role or an affiliation, not a person. */
const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|bureau|chief|senior|news|desk|press|agency|times|daily|post|journal|service|photographer|analyst|redakteur|korrespondent|redaktion|journalist|journaliste|rédacteur|correspondant|corresponsal|redactor|redattore|inviato)\b/iu;

/** Lower-case words that belong inside names (Ludwig van Beethoven, Ana de Armas, Omar al-Bashir). */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'zu', 'y']);

/** The names in a credit list, or [] when some part of it is not a name (then it was not a credit at all). */
export function splitNames(list: string): string[] {
  const parts = list
    .split(SEPARATORS)
    .map((s) => s.trim().replace(/[.。]+$/u, '').trim())
    .filter((s) => s !== '');
  return parts.length > 0 && parts.every(looksLikeName) ? parts : [];
}

/** A role or affiliation written after a name ("Science correspondent", "Staff writer"). */
export function isRole(s: string): boolean {
  return ROLE_WORDS.test(s);
}

/** A person's name: one to five words, each capitalised (or a name particle), no digits, not a role. */
export function looksLikeName(s: string): boolean {
  if (s.length > 60 || /\d|[@/:|<>!?]/.test(s)) return false;
  if (ROLE_WORDS.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 5) return false;
  // CJK names are written without spaces; otherwise every word starts with a capital or is a particle
  return words.every((w, i) => /^[\p{Lu}\p{Lo}]/u.test(w) || (i > 0 && PARTICLES.has(w)));
}
