// The time zone a page prints after a time, as an ISO 8601 offset (`Z`, `+01:00`, `-05:00`): `2013-06-14T20:59:31Z`,
// `15:42 +0000`, `GMT+8`, `UTC+05:30`, `3:42 PM EST`, `12:30 Uhr MEZ`. The time itself is never converted: the
// record keeps the printed clock and adds the offset it is in. Abbreviations that name more than one zone (`CST`
// is Central and China Standard Time, `IST` India, Ireland and Israel, `AST` Atlantic and Arabia) give no offset.
// The American `ET`, `CT`, `MT`, `PT` are standard or daylight time by the date (the rules in force since 2007;
// no offset for earlier years).

/** Offsets in minutes east of UTC of the abbreviations that name one zone. */
const FIXED: ReadonlyMap<string, number> = new Map([
  ['z', 0], ['utc', 0], ['gmt', 0], ['ut', 0], ['wet', 0],
  ['west', 60], ['bst', 60], ['cet', 60], ['mez', 60], ['wat', 60],
  ['cest', 120], ['mesz', 120], ['eet', 120], ['cat', 120], ['sast', 120],
  ['eest', 180], ['msk', 180], ['eat', 180],
  ['gst', 240], ['pkt', 300], ['npt', 345], ['ict', 420], ['wib', 420],
  ['hkt', 480], ['sgt', 480], ['bjt', 480], ['awst', 480], ['pht', 480], ['myt', 480],
  ['jst', 540], ['kst', 540], ['acst', 570], ['aest', 600], ['acdt', 630], ['aedt', 660],
  ['nzst', 720], ['nzdt', 780],
  ['edt', -240], ['est', -300], ['cdt', -300], ['mdt', -360], ['mst', -420], ['pdt', -420], ['pst', -480],
  ['akdt', -480], ['akst', -540], ['hst', -600],
]);
/** American zones printed without saying standard or daylight: their standard offsets. */
const US_GENERIC: ReadonlyMap<string, number> = new Map([['et', -300], ['ct', -360], ['mt', -420], ['pt', -480]]);
/** The first year of the American daylight-time rules used here. */
const US_RULES_SINCE = 2007;

/** A zone right after a time: `Z` glued to it, a numeric offset (after `GMT`/`UTC` or alone), or an abbreviation,
 * perhaps in brackets or after "Uhr". */
const ZONE =
  /^(?:(Z)|\s{0,3}(?:Uhr\s{1,3})?(?:\(\s?)?(?:(?:GMT|UTC)\s?([+-])(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})|(\p{L}{1,5})))(?![\p{L}\p{N}])\)?/u;
/** Longest stretch after a time that a zone is looked for in. */
const ZONE_REACH = 24;
/** The largest offsets in use (UTC-12 to UTC+14). */
const MAX_EAST = 14 * 60;
const MAX_WEST = -12 * 60;

export interface FoundZone {
  /** `Z` or `±HH:MM`. */
  offset: string;
  /** How many characters of the text the zone takes. */
  length: number;
}

/** The zone printed at the start of `text` (the text right after a time), for a time on the date `ymd`. */
export function zoneAt(text: string, ymd: [number, number, number]): FoundZone | null {
  const m = ZONE.exec(text.slice(0, ZONE_REACH));
  if (!m) return null;
  let minutes: number | null;
  if (m[1] !== undefined) minutes = 0;
  else if (m[2] !== undefined) minutes = signed(m[2], m[3], m[4] ?? '0');
  else if (m[5] !== undefined) minutes = signed(m[5], m[6], m[7]);
  else minutes = named(m[8], ymd);
  if (minutes === null || minutes > MAX_EAST || minutes < MAX_WEST) return null;
  return { offset: isoOffset(minutes), length: m[0].length };
}

function signed(sign: string, hours: string, mins: string): number | null {
  const [h, min] = [Number(hours), Number(mins)];
  if (min > 59) return null;
  return (sign === '-' ? -1 : 1) * (h * 60 + min);
}

function named(name: string, ymd: [number, number, number]): number | null {
  // a zone is printed in capitals ("EST"); "est", "mit", "Uhr" are words
  if (name !== name.toUpperCase()) return null;
  const key = name.toLowerCase();
  const fixed = FIXED.get(key);
  if (fixed !== undefined) return fixed;
  const standard = US_GENERIC.get(key);
  if (standard === undefined) return null;
  const daylight = usDaylight(ymd);
  return daylight === null ? null : standard + (daylight ? 60 : 0);
}

/** American daylight time: from the second Sunday of March to the first Sunday of November. */
function usDaylight([y, m, d]: [number, number, number]): boolean | null {
  if (y < US_RULES_SINCE) return null;
  if (m !== 3 && m !== 11) return m > 3 && m < 11;
  const firstSunday = 1 + ((7 - new Date(Date.UTC(y, m - 1, 1)).getUTCDay()) % 7);
  return m === 3 ? d >= firstSunday + 7 : d < firstSunday;
}

export function isoOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
