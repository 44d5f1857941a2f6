// Month names in the languages the cleaner knows, for telling dates from list numbers and for date parsing.
// Keys are lower-case names and common abbreviations; values are month numbers 1-12.
const NAMES: Record<number, string[]> = {
  1: ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'stycznia', 'styczeń', 'января', 'январь', 'tammikuuta', 'ledna', 'ocak'],
  2: ['february', 'feb', 'februar', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari', 'lutego', 'luty', 'февраля', 'февраль', 'helmikuuta', 'února', 'şubat'],
  3: ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'marca', 'marzec', 'марта', 'март', 'maaliskuuta', 'března', 'mart'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecień', 'апреля', 'апрель', 'huhtikuuta', 'dubna', 'nisan'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'maja', 'maj', 'мая', 'май', 'toukokuuta', 'května', 'mayıs'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'czerwca', 'czerwiec', 'июня', 'июнь', 'kesäkuuta', 'června', 'haziran'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'lipca', 'lipiec', 'июля', 'июль', 'heinäkuuta', 'července', 'temmuz'],
  8: ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpień', 'августа', 'август', 'elokuuta', 'srpna', 'ağustos'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'сентября', 'сентябрь', 'syyskuuta', 'září', 'eylül'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'октября', 'октябрь', 'lokakuuta', 'října', 'ekim'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября', 'ноябрь', 'marraskuuta', 'listopadu', 'kasım'],
  12: ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'grudnia', 'grudzień', 'декабря', 'декабрь', 'joulukuuta', 'prosince', 'aralık'],
};

export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(NAMES).flatMap(([n, names]) => names.map((name) => [name, Number(n)] as [string, number])),
);

const alternatives = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A month name (or abbreviation with an optional dot) at the start of a string, as a whole word. */
export const MONTH_WORD = new RegExp(`^(?:${alternatives})\\.?(?![\\p{L}])`, 'iu');

export function monthNumber(word: string): number | null {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Weekday names and abbreviations in the same languages, lower-case: the day a date line may print before it. */
const WEEKDAYS = `monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun
  montag mo dienstag di mittwoch mi donnerstag do freitag fr samstag sa sonntag so
  lundi lun mardi mar mercredi mer jeudi jeu vendredi ven samedi sam dimanche dim
  lunes martes miércoles miercoles jueves viernes sábado sabado domingo
  lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica
  segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  poniedziałek wtorek środa czwartek piątek sobota niedziela
  понедельник вторник среда четверг пятница суббота воскресенье
  maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
  pondělí úterý středa čtvrtek pátek neděle
  pazartesi salı çarşamba perşembe cuma cumartesi pazar`;
const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS.split(/\s+/).filter(Boolean));

/** Whether the word (perhaps with a dot or comma after it) is a weekday's name. */
export function isWeekday(word: string): boolean {
  return WEEKDAY_SET.has(word.toLowerCase().replace(/[.,]$/, ''));
}
