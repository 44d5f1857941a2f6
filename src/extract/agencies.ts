// News agencies and the short names papers credit them by. Knowing them lets a bare credit line ("Reuters",
// "Source: AFP") be read as the agency rather than as a headline or a person, and tells the agency apart from the
// names in a byline ("By JOHN SMITH, Associated Press").
import { foldSpaces } from '../text/script.js';

const NAMES = [
  'Xinhua', 'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'dpa', 'DPA', 'ANSA', 'EFE',
  'Europa Press', 'Kyodo', 'Jiji', 'Yonhap', 'TASS', 'RIA Novosti', 'Interfax', 'PTI', 'IANS', 'UNI', 'ANI',
  'UPI', 'Bloomberg', 'CNA', 'Bernama', 'Antara', 'Anadolu', 'AA', 'APA', 'KNA', 'epd', 'SDA', 'Keystone-SDA',
  'ATS', 'Belga', 'ANP', 'PAP', 'CTK', 'ČTK', 'MTI', 'TT', 'NTB', 'Ritzau', 'STT', 'Lusa', 'Agência Brasil',
  'Notimex', 'Prensa Latina', 'Kyodo News', 'China News Service', 'CNS', 'People\'s Daily', 'China Daily',
  'Global Times', 'CGTN', 'CCTV', 'Xinhua News Agency', 'Press Association', 'PA', 'AAP', 'Canadian Press', 'CP',
  'NAN', 'APS', 'MENA', 'WAM', 'SPA', 'KUNA', 'QNA', 'IRNA', 'Fars', 'Tasnim', 'Ukrinform', 'BTA', 'Agerpres',
  'Tanjug', 'HINA', 'STA', 'Sputnik', 'SID', 'AFX', 'dpa-AFX', 'APA-OTS', 'KNA', 'AP Photo', 'The Associated Press', 'The Canadian Press', 'Reuters News', 'AFP News',
  // the same agencies as Chinese-language sites name them
  '新华社', '新华网', '中新社', '中国新闻社', '中新网', '中国新闻网', '人民网', '人民日报', '央视网', '中央社', '法新社',
  '路透社', '美联社', '共同社', '塔斯社', '韩联社', '彭博社',
];

/** Names of the list that are newspapers, broadcasters or their sites, not wire agencies: a story credited to one
 * on that outlet's own pages is its own story, not a wire story. */
const OUTLETS = new Set(
  ["People's Daily", 'China Daily', 'Global Times', 'CGTN', 'CCTV', '人民网', '人民日报', '央视网', '中国新闻网', '中新网', '新华网'].map((n) =>
    n.toLowerCase(),
  ),
);

/** Whether `name` is a wire agency (credited on other outlets' pages), as opposed to a paper or a site. */
export function isWireAgency(name: string): boolean {
  const key = foldSpaces(name.trim()).toLowerCase();
  return BY_LOWER.has(key) && !OUTLETS.has(key);
}

/** The short name each agency is credited by in the conventions of wire copy ("(AP) —", "(Yonhap) --", "(PTI)"),
 * for the long forms and variants pages print. */
const SHORT_NAMES: [string, string[]][] = [
  ['AP', ['Associated Press', 'The Associated Press', 'AP Photo']],
  ['AFP', ['Agence France-Presse', 'Agence France Presse', 'AFP News']],
  ['Reuters', ['Reuters News', 'Thomson Reuters']],
  ['Xinhua', ['Xinhua News Agency']],
  ['dpa', ['DPA', 'Deutsche Presse-Agentur']],
  ['Kyodo', ['Kyodo News']],
  ['Yonhap', ['Yonhap News Agency', 'Yonhap News']],
  ['PTI', ['Press Trust of India']],
  ['ANSA', ['Agenzia ANSA']],
  ['EFE', ['Agencia EFE']],
  ['UPI', ['United Press International']],
  ['IANS', ['Indo-Asian News Service']],
  ['ANI', ['Asian News International']],
  ['CP', ['Canadian Press', 'The Canadian Press']],
  ['PA', ['Press Association']],
  ['AAP', ['Australian Associated Press']],
  ['TASS', ['ITAR-TASS']],
  ['Jiji', ['Jiji Press']],
];
const SHORT = new Map(SHORT_NAMES.flatMap(([short, long]) => [short, ...long].map((n) => [n.toLowerCase(), short])));

const BY_LOWER = new Map([...NAMES, ...SHORT_NAMES.flatMap(([, long]) => long)].map((n) => [n.toLowerCase(), n]));

/** The agency's short conventional name (`The Associated Press` -> `AP`, `Kyodo News` -> `Kyodo`), or the name as
 * the page writes it for an agency without one, when `name` is a known agency (case-insensitive); else null. */
export function knownAgency(name: string): string | null {
  const key = foldSpaces(name.trim()).toLowerCase();
  if (!BY_LOWER.has(key)) return null;
  return SHORT.get(key) ?? name.trim();
}
