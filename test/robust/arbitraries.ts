// fast-check generators for the robustness properties: any string at all, any bytes, and news pages assembled
// from parts (prose, headline, byline, dateline, date lines, page chrome, noise) with every kind of line break.
// The prose is built from a small grammar, so pages vary endlessly without copying any real article.
import fc from "fast-check";

/** How many cases each property runs; raise it for a long fuzzing session (FUZZ_RUNS=20000 npm test -- test/robust/fuzz). */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

const SUBJECTS = ['The council', 'The minister', 'A spokeswoman for the company', 'Local residents', 'The government', 'Police', 'The union', 'Researchers at the university', 'The mayor', 'Officials'];
const VERBS = ['said on Monday', 'announced on Friday', 'told reporters', 'confirmed in a statement', 'warned last week', 'argued', 'said in an interview'];
const CLAIMS = [
  'that the new bridge would open next year',
  'that the budget had been cut by a third',
  'that the talks would continue until an agreement was reached',
  'that more than two hundred people had been affected',
  'that the plan was the only way to keep the service running',
  'that they had not been consulted before the decision',
  'that the figures were worse than expected',
];
const TAILS = ['after two years of delays', 'despite strong opposition', 'according to the latest figures', 'as prices continued to rise', 'in a move that surprised many', 'while the investigation is still under way', ''];

const sentence = fc
  .tuple(fc.constantFrom(...SUBJECTS), fc.constantFrom(...VERBS), fc.constantFrom(...CLAIMS), fc.constantFrom(...TAILS), fc.constantFrom('.', '.', '!', '?'))
  .map(([s, v, c, t, end]) => `${s} ${v} ${c}${t ? `, ${t}` : ''}${end}`);

/** A paragraph of one to five generated sentences. */
export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));

const headline = fc
  .tuple(fc.constantFrom('Council', 'Minister', 'Union', 'Police', 'Researchers'), fc.constantFrom('approves', 'rejects', 'delays', 'defends', 'questions'), fc.constantFrom('new bridge plan', 'budget cuts', 'bus timetable', 'school reform', 'harbour project'))
  .map(([a, b, c]) => `${a} ${b} ${c}`);

/** Lines every field extractor and chrome rule looks for, and lines that only resemble them. */
const FIELD_AND_CHROME = [
  'By John Smith',
  'By JANE DOE and MARK LEE, Associated Press',
  'By By By',
  'BEIJING, June 14 (Xinhua) -- ',
  'WASHINGTON (Reuters) - ',
  '(Editor: Li Na)',
  'Editing by Chris Reese',
  'Reporting by Ann Lee; Additional reporting by Tom Ray',
  'Home > News > World',
  'English>>Foreign Affairs',
  'Share | Print | Comments',
  'Email | Print | 12 comments',
  'Updated: 2013-06-14 20:59',
  'June 14, 2013 3:42 PM',
  '14.06.2013 07:46 Uhr',
  'Source: Reuters',
  '(Xinhua)',
  'Related stories:',
  'Most Popular',
  '1. First headline in a list',
  '2. Second headline in a list',
  '3. Third headline in a list',
  '* Bullet item about something',
  '[image.jpg]',
  'IFRAME: https://example.com/frame',
  '(BUTTON) Subscribe',
  '________________________',
  'Log in | Register',
  'Cookies help us deliver our services.',
  '© 2024 Example News. All rights reserved.',
  '新华社北京6月14日电 外交部发言人表示，中方愿与各方加强网络安全领域的对话与合作。',
  'Le maire a défendu un budget « responsable » devant le conseil municipal.',
  '...',
  '- - - - -',
  '',
];

/** Odd characters that real dumps carry: spaces of every width, invisible marks, controls, replacement marks. */
const ODD = ['\t', '\u00a0', '\u2009', '\u200b', '\u00ad', '\ufeff', '\u0007', '\u001b[1m', '\ufffd', '\u2028', '\u0085', '\u3000', '\ud83d', '\udc00'];

/** A line break as some renderer or operating system wrote it. */
const BREAK = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\n   ', '\n\n\n\n');

/** Prose paragraphs, hard-wrapped at a random column or not, indented or not. */
const bodyParagraph = fc.tuple(paragraph, fc.option(fc.integer({ min: 20, max: 100 })), fc.constantFrom('', '', '   ', '\t')).map(([text, width, indent]) => {
  if (width === null) return indent + text;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(indent + line);
  return lines.join('\n');
});

const noise = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
  fc.constantFrom(...ODD),
);

/** A news page: chrome, headline, field lines, prose, more chrome, with noise and random line breaks. */
export const newsPage = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: bodyParagraph },
      { weight: 3, arbitrary: fc.constantFrom(...FIELD_AND_CHROME) },
      { weight: 1, arbitrary: headline },
      { weight: 1, arbitrary: noise },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FIELD_AND_CHROME), bodyParagraph).map(([a, b]) => a + b) },
    ),
    { maxLength: 40 },
  )
  .chain((parts) => fc.tuple(fc.constant(parts), fc.array(BREAK, { minLength: parts.length, maxLength: parts.length })))
  .map(([parts, breaks]) => parts.map((p, i) => p + breaks[i]).join(''));

/** A clean article: headline, then prose paragraphs separated by blank lines. */
export const article = fc
  .tuple(headline, fc.array(paragraph, { minLength: 1, maxLength: 8 }))
  .map(([h, ps]) => [h, ...ps].join('\n\n') + '\n');

/** Any string: arbitrary code points, arbitrary UTF-16 code units (lone surrogates, controls), and pages. */
export const anyText = fc.oneof(
  newsPage,
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 1000 }),
);

/** One character or short pattern repeated into a line of 20,000 to 200,000 characters. */
export const hugeLine = fc
  .tuple(
    fc.oneof(fc.constantFrom(' ', '-', '.', 'By ', '中', '1.', 'a ', '\t', '[', '(', '_', 'Editor: ', 'June 14, 2013 ', '\u200b'), fc.string({ unit: 'binary', minLength: 1, maxLength: 8 })),
    fc.integer({ min: 20_000, max: 200_000 }),
  )
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
