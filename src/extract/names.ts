// Splitting a credit into the people it names: "LiXiang、Zhang Qian", "Chris Reese and Jonathan Oatis",
// "A, B & C", "王伟 李娜" (Chinese names are written without spaces, so a space separates two of them). Names are
// kept as written; roles and agencies after a comma are not names, nor is where the person wrote from ("Karen
// Lim in Singapore").
import { CJK_CHAR } from '../text/script.js';

const SEPARATORS = /\s*(?:、|，|,|;|；|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b)\s*/iu;
const CJK_SEPARATORS = new RegExp(`${SEPARATORS.source}|\\s+`, 'iu');
/** A list with no Latin letters is a list of names in a script without spaces between words. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/u;
/** A staff code some portals append to an editor's name ("王芳_NQ3456", "张三 SN225"); names have no digits. */
const STAFF_CODE = /[_\s]\p{L}*\p{N}[\p{L}\p{N}]*$/u;
/** "Karen Lim in Singapore": the place is not part of the name. */
const PLACE_SUFFIX = /\s+in\s+\p{Lu}[\p{L}.'’ -]*$/u;
/** Brackets, stops, commas and spaces around a credit (`刘洋 】`, `Mu Xuequan.`, `Christian Kahle,`). */
const EDGE_MARKS = new Set([...' ([（【「)]）】」.。,，;；:：']);
/** A final stop that belongs to the name: an initial ("C."), "Jr.", "Sr.". */
const KEPT_STOP = /(?:\b\p{Lu}|\bJr|\bSr)\.$/u;
/** A web address is not a person ("Vegolosi.it"). */
const DOMAIN = /\.(?:[a-z]{2,6})$/u;

/** Words that make a comma-separated part a role or an affiliation, not a person. */
const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|bureau|chief|senior|news|desk|press|agency|times|daily|post|journal|service|photographer|analyst|redakteur|korrespondent|redaktion|journalist|journaliste|rédacteur|correspondant|corresponsal|redactor|redattore|inviato)\b/iu;

/** Lower-case words that belong inside names (Ludwig van Beethoven, Ana de Armas, Omar al-Bashir). */
const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'zu', 'y']);

/** The names in a credit list, or [] when some part of it is not a name (then it was not a credit at all). */
export function splitNames(list: string): string[] {
  // one space between words first: the separators' optional spaces would rescan a long run of them
  const cleaned = trimMarks(list.replace(/\s+/gu, ' '));
  const separators = LATIN_LETTER.test(cleaned) ? SEPARATORS : CJK_SEPARATORS;
  const parts = cleaned
    .split(separators)
    .map((s) => trimMarks(s).replace(STAFF_CODE, '').replace(PLACE_SUFFIX, ''))
    .filter((s) => s !== '');
  return parts.length > 0 && parts.every(looksLikeName) ? parts : [];
}

/** Trims edge marks by walking in from both ends (a regex anchored at the end is slow on long runs of marks). */
function trimMarks(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (EDGE_MARKS.has(s[start]) || /\s/.test(s[start]))) start++;
  while (end > start && (EDGE_MARKS.has(s[end - 1]) || /\s/.test(s[end - 1]))) {
    if (s[end - 1] === '.' && KEPT_STOP.test(s.slice(Math.max(start, end - 4), end))) break;
    end--;
  }
  return s.slice(start, end);
}

/** A role or affiliation written after a name ("Science correspondent", "Staff writer"). */
export function isRole(s: string): boolean {
  return ROLE_WORDS.test(s);
}

/** A person's name: one to five words, each capitalised (or a name particle), no digits, not a role. */
export function looksLikeName(s: string): boolean {
  if (s.length > 60 || /\d|[@/:|<>!?_]/.test(s) || DOMAIN.test(s)) return false;
  if (ROLE_WORDS.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 5) return false;
  // a Chinese name is a few characters (more when transcribed from another language, with a "·")
  if (CJK_CHAR.test(s) && s.replace(/[\s·・]/gu, '').length > 8) return false;
  // otherwise every word starts with a capital (or is a CJK character) or is a name particle
  return words.every((w, i) => /^[\p{Lu}\p{Lo}]/u.test(w) || (i > 0 && PARTICLES.has(w)));
}
