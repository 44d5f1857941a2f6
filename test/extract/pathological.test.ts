// The field parsers on inputs built to make badly written regular expressions backtrack for ever: repeated
// prefixes ("By By By ..."), long runs of spaces, dots, brackets and separators. There is no timing assertion: a
// linear parser finishes at once, an exponential one never does, and jest's timeout catches that.
import { segments } from '../../src/extract/segments.js';
import { findDate, numericOrder } from '../../src/extract/date.js';
import { dateLineDate, isDatePart } from '../../src/extract/published.js';
import { parseByline, parseReporting } from '../../src/extract/byline.js';
import { parseEditorCredit } from '../../src/extract/editors.js';
import { parseCreditLine } from '../../src/extract/agency.js';
import { parseDateline } from '../../src/extract/dateline.js';
import { parseBreadcrumb } from '../../src/extract/section.js';
import { looksLikeName, splitNames } from '../../src/extract/names.js';
import { isFieldPart } from '../../src/extract/index.js';
import { cleanDocument } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';

const N = 10_000;
const fields = resolveOptions().fields;
const INPUTS: [string, string][] = [
  ['By By By ...', 'By '.repeat(N)],
  ['By + spaces + x', 'By John' + ' '.repeat(10 * N) + 'x'],
  ['spaces between words', 'a' + ' '.repeat(10 * N) + 'b'],
  ['dots', '.'.repeat(10 * N)],
  ['dots after a name', 'By John Smith' + '.'.repeat(10 * N) + '!'],
  ['brackets', '('.repeat(N) + 'Xinhua' + ')'.repeat(N)],
  ['square brackets', '['.repeat(N) + 'Editor: A' + ']'.repeat(N)],
  ['Editor: Editor: ...', 'Editor: '.repeat(N)],
  ['editing by ...', 'Editing by '.repeat(N) + '1'],
  ['Reporting by ...', 'Reporting by '.repeat(N) + ';'],
  ['capitals and dashes', 'BEIJING '.repeat(N) + '-- x'],
  ['capitals and commas', 'KYIV, '.repeat(N) + '(AP) —'],
  ['breadcrumb separators', 'Home > '.repeat(N)],
  ['slashes', 'News / '.repeat(N) + '.'],
  ['numbers', '2013-'.repeat(N)],
  ['digit runs', '1'.repeat(10 * N)],
  ['one digit, one space', '1 '.repeat(5 * N)],
  ['months', 'March 4, '.repeat(N)],
  ['times', '20:59 '.repeat(N)],
  ['CJK separators', '张三、'.repeat(N)],
  ['CJK labels', '责任编辑：'.repeat(N)],
  ['CJK reporters', '（记者 '.repeat(N)],
  ['bars', '| '.repeat(5 * N)],
  ['underscores', '_'.repeat(10 * N) + 'x'],
  ['labels after spaces', 'x' + ' '.repeat(10 * N) + 'Updated:'],
  ['last last last', 'last '.repeat(N) + 'updated: 2019'],
  ['name particles', 'Ana de '.repeat(N) + '1'],
  ['in places', 'Karen Lim in '.repeat(N) + 'x'],
];

const PARSERS: [string, (s: string) => unknown][] = [
  ['segments', segments],
  ['findDate', (s) => findDate(s, fields)],
  ['numericOrder', (s) => numericOrder([s])],
  ['dateLineDate', (s) => dateLineDate(s, null, fields)],
  ['isDatePart', (s) => isDatePart(s, fields)],
  ['parseByline', (s) => parseByline(s, fields)],
  ['parseReporting', parseReporting],
  ['parseEditorCredit', parseEditorCredit],
  ['parseCreditLine', parseCreditLine],
  ['parseDateline', parseDateline],
  ['parseBreadcrumb', (s) => parseBreadcrumb(s, fields)],
  ['splitNames', splitNames],
  ['looksLikeName', looksLikeName],
  ['isFieldPart', (s) => isFieldPart(s, fields)],
];

describe('field parsers on pathological input', () => {
  it.each(INPUTS)('%s', (_name, input) => {
    for (const [, parse] of PARSERS) parse(input);
  });

  it.each(INPUTS)('a page whose header and footer lines are %s', (_name, input) => {
    const text = ['Water board approves plan to replace old pipes', input, 'BEIJING, June 14 (Xinhua) -- ' + 'The regional water board approved a plan on Monday to replace the oldest pipes in the network. '.repeat(3), input].join('\n\n');
    expect(cleanDocument(text, { source: 't.txt' }).ok).toBe(true);
  });
});
