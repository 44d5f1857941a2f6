import { detectWrapWidth, reflow } from '../../src/pipeline/reflow.js';
import { segment } from '../../src/pipeline/segment.js';
import { resolveOptions } from '../../src/options.js';
import { fixture, page } from '../helpers.js';

const opts = resolveOptions();
/** Greedy word wrap at `width` columns with a three-space indent, as text browsers print paragraphs. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && 3 + line.length + 1 + word.length > width) {
      lines.push('   ' + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, '   ' + line];
}

const paragraphs = (text: string) => {
  const lines = text.split('\n');
  const width = detectWrapWidth(lines, opts);
  return reflow(segment(lines, opts.reflow, width), width, opts.reflow).map((p) => p.text);
};

describe('detectWrapWidth', () => {
  it('finds the column of a dump wrapped at a fixed width', () => {
    expect(detectWrapWidth(fixture('pages/lynx-dump.txt').split('\n'), opts)).toBe(76);
  });

  it('finds the width that most wrapped lines agree on, whatever a few longer lines and table rows say', () => {
    // html2text: wrapped at 79, with two table rows and a URL wider than that
    expect(detectWrapWidth(fixture('pages/html2text-dump.txt').split('\n'), opts)).toBe(79);
  });

  it('finds none on pages whose paragraphs are single long lines', () => {
    expect(detectWrapWidth(fixture('seeds/000_7ab6330cd3968897.txt').split('\n'), opts)).toBeNull();
    // a few long lines of similar length, each followed by a blank line, are paragraphs, not wrapped text
    expect(detectWrapWidth(fixture('pages/related-list.txt').split('\n'), opts)).toBeNull();
  });
});

describe('reflow', () => {
  it('joins the lines of a paragraph wrapped at the page width', () => {
    const out = paragraphs(fixture('pages/lynx-dump.txt'));
    expect(out).toContain(
      "The programme includes two symphonies by Sibelius and a new piece for strings written by a young composer from the coast, who won the orchestra's composition prize last year with a work for choir and brass.",
    );
  });

  it('keeps a break where the next word would have fitted on the line (a real line break)', () => {
    const first = 'This is a paragraph of a dump that was wrapped at a fixed column width, so its lines run up to the same right margin each time and the reader sees one paragraph.';
    const second = 'This next paragraph is again long enough to run up to the margin of the page and wrap onto more lines, as every long paragraph in such a dump does.';
    const text = [...wrap(first, 60), '   By Ana Lopez', ...wrap(second, 60)].join('\n');
    expect(paragraphs(text)).toEqual([first, 'By Ana Lopez', second]);
  });

  it('joins a sentence broken before a lower-case word on pages without a fixed width', () => {
    const out = paragraphs(fixture('pages/crlf-wrapped.txt').replace(/\r/g, ''));
    expect(out[2]).toBe(
      'Engineers replaced the rusted parts of the jib and repainted the whole structure in its original colours, a dark red that older residents remember from the years when the port still handled coal.',
    );
  });

  it('ends a paragraph after a heading the converter marks, whatever the next line starts with', () => {
    const headline = '****** Ferry crossing to reopen after winter repairs ******';
    expect(paragraphs(page(headline, 'by Mara Lind March 3, 2021'))).toEqual([headline, 'by Mara Lind March 3, 2021']);
    expect(paragraphs(page('## Harbour works', 'and what they cost'))).toEqual(['## Harbour works', 'and what they cost']);
    // asterisks that only open a line are emphasis, not a heading's frame
    expect(paragraphs(page('*** not a heading because', 'it has no closing stars'))).toEqual(['*** not a heading because it has no closing stars']);
  });

  const long = (n: number) =>
    `Paragraph ${n} of a dump wrapped at a fixed column runs up to the same right margin on every line, so the page's width is plain to see and each of its lines ends close to it.`;
  /** Three wrapped paragraphs that set the page's width at 92 columns, and what they reflow to. */
  const lead = [...wrap(long(1), 92), '', ...wrap(long(2), 92), '', ...wrap(long(3), 92), ''];
  const leadText = [long(1), long(2), long(3)];

  it('joins a sentence that a blank line cuts after a line running up to the margin, or ending on an article', () => {
    // "the" ends a line the next word ("harbour,") would not have fitted on
    const cut = ['   The ferry will call at the island twice a day from April, the operator said, and at the', '', '   harbour, the old pier will be rebuilt.'];
    expect(paragraphs([...lead, ...cut].join('\n'))).toEqual([
      ...leadText,
      'The ferry will call at the island twice a day from April, the operator said, and at the harbour, the old pier will be rebuilt.',
    ]);
    expect(paragraphs(page('It was sent by the', '', 'harbour office last week.'))).toEqual(['It was sent by the harbour office last week.']);
    // a short line that ends a phrase, not on an article, keeps its blank line
    const apart = ['   Read more about the ferry timetable', '', '   timetable changes for the summer season'];
    expect(paragraphs([...lead, ...apart].join('\n'))).toEqual([...leadText, 'Read more about the ferry timetable', 'timetable changes for the summer season']);
  });

  it("joins a paragraph's short last line to a lower-case line that goes on with it, a line that opens a sentence, and one ending on a preposition", () => {
    const open = `${long(4).slice(0, -1)}, and in the first two weeks`;
    const text = [
      ...lead,
      ...wrap(open, 92),
      '   the coaches visited nine schools across the district.',
      '',
      '   It was a success. In the first two weeks',
      '   the coaches visited nine schools.',
      '',
      '   Tickets are sold at the harbour office for',
      '   the concert and, on the day, at the gate.',
    ].join('\n');
    expect(paragraphs(text)).toEqual([
      ...leadText,
      `${open} the coaches visited nine schools across the district.`,
      'It was a success. In the first two weeks the coaches visited nine schools.',
      'Tickets are sold at the harbour office for the concert and, on the day, at the gate.',
    ]);
  });

  it('keeps a list of short lower-case lines and the buttons under a paragraph apart', () => {
    const read = `${long(4)} Read now`;
    const text = [...lead, '   fresh lemons', '   brown sugar', '   a pinch of salt', '', ...wrap(read, 92), '   email this', '', '   The findings were published in May. Read now', '   share this story'].join('\n');
    expect(paragraphs(text)).toEqual([...leadText, 'fresh lemons', 'brown sugar', 'a pinch of salt', read, 'email this', 'The findings were published in May. Read now', 'share this story']);
  });

  it('keeps lines that end a sentence apart when the next starts a new one', () => {
    expect(paragraphs(page('One sentence ends here.', 'Another begins here.'))).toEqual(['One sentence ends here.', 'Another begins here.']);
  });

  it('joins the lines of paragraphs that no blank line sets apart, and keeps table rows apart (html2text)', () => {
    expect(paragraphs(fixture('pages/html2text-dump.txt'))).toEqual([
      '[logo_harbourtimes.png]',
      'Home | Local | Sport | Weather | Contact',
      '****** Ferry service to the islands resumes after winter break ******',
      'By Marta Lindqvist, 14 March 2023',
      'The ferry that links the harbour town with the three outer islands sailed again on Monday morning, after a winter break that the operator had extended by two weeks to finish repairs to the landing ramps on the northern island.',
      // the renderer broke before "took", which would have fitted: the line runs on, and so does the sentence
      'Around sixty passengers and eleven cars made the first crossing, which took a little under two hours in calm weather. The operator said that the timetable of last summer would apply until the end of June, with four crossings on weekdays and two on Sundays.',
      'Crossing            Weekdays                       Sundays                   Cars',
      'Outer islands       07:10, 10:40, 14:15, 18:30     09:00, 16:45              yes',
      'Residents of the islands had asked for an earlier start, since the small boat that replaced the ferry during the break could carry neither cars nor freight, and shops on the islands had run low on fresh food by the end of February.',
      // after a URL too long for the width, the sentence goes on in lower case
      "The full timetable and the new fares are published on the operator's website at https://ferries.example.org/timetables/outer-islands/summer-2023/weekdays-and-sundays.html and tickets can also be bought on board with cash or card.",
      'Share: Facebook | Twitter | E-mail',
    ]);
  });

  it('wraps a dash with the word it is bound to', () => {
    const prose = 'A paragraph long enough to be wrapped at the width of the page, as every paragraph of this dump is, line after line, until it ends.';
    // 94 columns: the dash alone would have fitted at 98, with the word after it not
    const line = '   The insurers pay for the damage, but the fines for a path that was not cleared are a matter';
    expect(line.length).toBe(94);
    const text = [...wrap(prose, 98), '', ...wrap(prose, 98), '', line, '   - and they can reach five thousand euros.'].join('\n');
    expect(paragraphs(text).at(-1)).toBe(`${line.trim()} - and they can reach five thousand euros.`);
  });

  it('joins CJK lines without a space', () => {
    const out = paragraphs(fixture('pages/cjk-wrapped.txt'));
    expect(out[1]).toContain('全国铁路旅客发送量');
    expect(out[1]).not.toContain(' 客');
  });

  it('counts a CJK paragraph indent of two full-width spaces as four columns, and joins the lines it wraps', () => {
    const out = paragraphs(fixture('pages/cjk-fullwidth-indent.txt'));
    // each paragraph is one, from its first line to its stop
    for (const [start, end] of [['今年春天', '不必再上下楼梯。'], ['图书馆馆长', '前来借书。'], ['开馆当天', '特别高兴。'], ['据了解', '活动室进行。']]) {
      expect(out.filter((p) => p.startsWith(start)).map((p) => p.endsWith(end))).toEqual([true]);
    }
    expect(out.some((p) => p.startsWith('座位') || p.startsWith('通过音乐会'))).toBe(false);
  });
});
