import { segment } from '../../src/pipeline/segment.js';
import { resolveOptions } from '../../src/options.js';
import { page } from '../helpers.js';

const reflow = resolveOptions().reflow;

describe('segment', () => {
  it('separates blank-line groups and records where each run starts', () => {
    const runs = segment(page('First line', '', '', 'Second group', 'same group').split('\n'), reflow);
    expect(runs.map((r) => [r.lines, r.startLine, r.group, r.groupStart])).toEqual([
      [['First line'], 1, 0, true],
      [['Second group', 'same group'], 4, 1, true],
    ]);
  });

  it('starts a list item at a bullet or number and keeps its more-indented continuation lines', () => {
    const runs = segment(page('     * Politics', '     * A long item that', '       goes on here', '  6. No quick way', '    to a job').split('\n'), reflow);
    expect(runs.map((r) => [r.kind, r.marker, r.lines])).toEqual([
      ['bullet', '*', ['Politics']],
      ['bullet', '*', ['A long item that', 'goes on here']],
      ['numbered', '6.', ['No quick way', 'to a job']],
    ]);
  });

  it('starts a new run when the indentation changes (a heading above an indented paragraph)', () => {
    const runs = segment(page('Heading', '   Paragraph text', '   more text').split('\n'), reflow);
    expect(runs.map((r) => r.lines)).toEqual([['Heading'], ['Paragraph text', 'more text']]);
  });

  it('does not take a date such as "19. Oktober 2019" for item 19 of a list', () => {
    const runs = segment(page('   Von Anna Muster', '   19. Oktober 2019, 19:08 Uhr').split('\n'), reflow);
    expect(runs).toHaveLength(1);
    expect(runs[0].kind).toBe('text');
  });

  it('does not take a number inside a running paragraph for a list item', () => {
    const runs = segment(page('   The club was promoted in 2019 and', '   3. Liga games start in August.').split('\n'), reflow);
    expect(runs).toHaveLength(1);
  });

  it('reads a dash or a number that opens running text as text: an item would go on at its text column', () => {
    const runs = segment(page('   – We are glad, said the mayor, that the bridge is open again after', '   three years of work.', '', '   1. Erste Prämisse war die Einbindung der Athleten und', '   ihres Umfelds.').split('\n'), reflow);
    expect(runs.map((r) => [r.kind, r.lines.length])).toEqual([
      ['text', 2],
      ['text', 2],
    ]);
    // a real item goes on at its text column
    expect(segment(page('   - An item of a list that goes on', '     at its text column').split('\n'), reflow)[0].kind).toBe('bullet');
  });

  it('keeps a paragraph together whose first line stands a little further in than the rest', () => {
    const runs = segment(page('            Deleuze and Guattari oppose micro- to macropolitics, and where the', '          molar designates rigid structures, the molecular allows local ones.', '          A third line.').split('\n'), reflow);
    expect(runs).toHaveLength(1);
    expect(runs[0].indent).toBe(10);
  });
});
