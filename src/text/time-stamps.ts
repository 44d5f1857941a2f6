// Time stamps as news pages print them over their entries: a clock time (14:05, 14h05, 2:05 pm, 14:05 Uhr) and a
// relative age (2 hours ago, vor 5 Minuten, il y a 3 h, hace 2 horas). Comment heads and news feeds read them.

/** A clock time: a colon or an h (14h05), not a dot: a list of prices (Apples 3.50) is not a feed. */
export const CLOCK = /(?<![\d:])\d{1,2}[:h]\d{2}(?![\d:])(?:\s*(?:[ap]\.?m\.?|uhr\b|h\b))?/iu;

/** A clock time that opens a line, with its hours and minutes. */
const LEADING_CLOCK = /^((?:[01]?\d|2[0-3]))[:h]([0-5]\d)(?![\d:])(?:\s*(?:[ap]\.?\s?m\.?(?!\p{L})|uhr\b|h\b))?/iu;

// the unit of an age in the languages of the pages the tool meets, short forms included ("5 min", "3 h", "2d")
const UNITS =
  'sec|secs|seconds?|min|mins|minutes?|minuten?|minutos?|minuti|minut|minuty|minutami|h|hr|hrs|hours?|heures?|' +
  'std|stunden?|horas?|ore|godz|godzin[ay]?|hodin(?:ami|y)?|d|days?|tagen?|jours?|d[ií]as?|giorni';
/** A relative age standing alone: an optional "about", "vor", "il y a", a number, a unit, an optional "ago". */
const AGE = new RegExp(
  `^(?:(?:about|posted|updated|vor|il y a|hace|há|fa|před|temu)\\s+)?\\d{1,3}\\s*(?:${UNITS})\\.?(?:\\s+(?:ago|fa|temu|geleden|atrás|zpět))?$`,
  'iu',
);
/** The same at the end of a line after its headline ("Obama urges UK to stay 4 hours ago"): "ago" required. */
const TRAILING_AGE = new RegExp(`\\s\\d{1,3}\\s*(?:${UNITS})\\.?\\s+(?:ago|temu|geleden|atrás)$`, 'iu');

export interface LineStamp {
  /** Minutes after midnight for a clock time, null for an age. */
  minutes: number | null;
  /** The text after the stamp (empty when the line is the stamp alone or the stamp closes it). */
  rest: string;
}

/** The time stamp a line opens with (a clock time, or a line that is only an age), or that closes it (an age). */
export function lineStamp(line: string): LineStamp | null {
  const text = line.trim();
  const clock = LEADING_CLOCK.exec(text);
  if (clock) {
    let hours = Number(clock[1]);
    const suffix = clock[0].slice(clock[1].length + 3).trim().toLowerCase();
    if (suffix.startsWith('p') && hours < 12) hours += 12;
    if (suffix.startsWith('a') && hours === 12) hours = 0;
    return { minutes: hours * 60 + Number(clock[2]), rest: text.slice(clock[0].length).replace(/^[\s|·•–-]+/u, '') };
  }
  if (AGE.test(text)) return { minutes: null, rest: '' };
  const trailing = TRAILING_AGE.exec(text);
  if (trailing) return { minutes: null, rest: text.slice(0, trailing.index).trim() };
  return null;
}
