// Splitting a credit into the people it names: "LiXiang、Zhang Qian", "Chris Reese and Jonathan Oatis",
// "A, B & C", "王伟 李娜" (Chinese names are written without spaces, so a space separates two of them). Names are
// kept as written; roles and agencies after a comma are not names, nor is where the person wrote from ("Karen
// Lim in Singapore").
import { CJK_CHAR } from '../text/script.js';
import { MONTHS } from '../text/months.js';

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
  /\b(?:correspondent|editor|reporter|writer|staff|contributor|columnist|bureau|chief|senior|news|desk|press|agency|times|daily|post|journal|service|photographer|analyst|redakteur|korrespondent|redaktion|journalist|journaliste|rédacteur|correspondant|corresponsal|redactor|redattore|inviato|redacción|redazione|rédaction|team|association|institute|institut|university|universität|ministry|ministerium|council|committee|foundation|stiftung|verband|verein|bund|gmbh|inc|ltd|llc|kitchens)\b/iu;

/** Lower-case words that belong inside names (Ludwig van Beethoven, Ana de Armas, Omar al-Bashir). */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ten', 'ter', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'zu', 'y']);

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

/** Weekdays (in the languages of months.ts' names), which are no part of a person's name. */
const WEEKDAYS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
  lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica
  segunda terça quarta quinta sexta maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`.split(/\s+/u),
);
/** Words that join a byline to its date or start the next field ("By Jane Doe on March 4", "Updated ..."). */
const JOINERS = new Set('on at am um vom le el il de del the updated published posted last modified stand follow share'.split(' '));

function bare(word: string): string {
  return word.toLowerCase().replace(/\.$/u, '');
}

/** A word that is no part of a person's name in a byline: a weekday or a word that starts the next field
 * ("Tuesday", "Updated"); `joiners` also counts the small words that join names to a date ("on", "le"), which
 * inside a name are particles ("Loïc Le Clerc", "Jose de la Cruz"). */
export function isNotName(word: string, joiners = true): boolean {
  const w = bare(word);
  return w === '' || WEEKDAYS.has(w) || (joiners ? JOINERS.has(w) : FIELD_WORDS.has(w));
}
const FIELD_WORDS = new Set(['updated', 'published', 'posted', 'modified', 'follow', 'share']);

/** A word that may start a date after a byline's names: a month ("JAN.", "March") or a word of `isNotName`. */
export function isDateWord(word: string): boolean {
  return isNotName(word) || MONTHS.has(bare(word));
}

/** A name written in capitals in name case ("JEFFREY GETTLEMAN" -> "Jeffrey Gettleman", "O'BRIEN-SMITH" ->
 * "O'Brien-Smith"); a name with lower-case letters stays as written. */
export function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}\p{Lu}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
