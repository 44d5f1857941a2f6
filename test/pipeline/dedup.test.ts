import { fixture, fate, pipeline } from '../helpers.js';
import { recordProblems } from '../../src/check/record-problems.js';
import { splitBody } from '../../src/text/body-paragraphs.js';
import { cleanDocument } from '../../src/index.js';

describe('removeRepeats', () => {
  const doc = pipeline(fixture('pages/repeated-paragraphs.txt'));
  const body = doc.blocks.filter((b) => b.decision.keep).map((b) => b.text);

  it('keeps the first of two identical paragraphs and removes the second', () => {
    expect(body.filter((t) => t.startsWith('The central library will stay open'))).toHaveLength(1);
    const repeats = doc.blocks.filter((b) => b.decision.rule === 'dup:paragraph');
    expect(repeats).toHaveLength(1);
    expect(repeats[0].decision.reason).toBe('repeats paragraph at line 3');
  });

  it('removes a near repeat (a word changed) of an earlier paragraph', () => {
    expect(body.filter((t) => t.startsWith('Staff numbers will rise by six'))).toEqual([
      'Staff numbers will rise by six to cover the extra hours, and the reading rooms on the second floor will be kept open as well.',
    ]);
    expect(doc.blocks.filter((b) => b.decision.rule.startsWith('dup:')).map((b) => b.decision.rule).sort()).toEqual([
      'dup:near-paragraph',
      'dup:paragraph',
    ]);
  });

  it('leaves different paragraphs alone', () => {
    expect(fate(doc, 'The change follows a survey')).toBe('+content:main');
  });

  it('does not run the quadratic near-repeat search on pages above the paragraph limit', () => {
    const limited = pipeline(fixture('pages/repeated-paragraphs.txt'), { nearDuplicateMaxParagraphs: 1 });
    expect(limited.blocks.filter((b) => b.decision.rule === 'dup:near-paragraph')).toHaveLength(0);
    expect(limited.blocks.filter((b) => b.decision.rule === 'dup:paragraph')).toHaveLength(1);
  });
});

describe('short repeats', () => {
  it('keeps a short sentence said again (an answer), removes a short label printed again, and check passes the record', () => {
    const result = cleanDocument(fixture('pages/short-repeats.txt'), { source: 'short-repeats.txt' });
    if (!result.ok) throw new Error(result.reject.message);
    const paragraphs = splitBody(result.record.body);
    expect(paragraphs.filter((p) => p === 'I do not recall.')).toHaveLength(3);
    expect(paragraphs.filter((p) => p === 'Continue reading').length).toBeLessThanOrEqual(1);
    expect(recordProblems(result.record)).toEqual([]);
  });
});

describe('removeRepeats on an HTML page', () => {
  it('keeps the repeated lines of code listings, and still removes a repeated paragraph', () => {
    const para = '<p>The query below counts the rows of the table, and the second one counts them again in groups.</p>';
    const html = `<!doctype html><html><body><article><h1>Counting rows</h1>${para}<pre>SELECT\n  count(*)\nFROM events;</pre>` +
      `<p>Grouped by day, the same query reads as follows, with one more line at its end for the grouping.</p>` +
      `<pre>SELECT\n  count(*)\nFROM events\nGROUP BY day;</pre>${para}</article></body></html>`;
    const r = cleanDocument(html, { source: 't.html' });
    if (!r.ok) throw new Error(r.reject.message);
    expect(r.record.body.split('\n').filter((l) => l === 'SELECT')).toHaveLength(2);
    expect(r.record.body.split('The query below counts')).toHaveLength(2);
  });

  describe('a page whose code listings repeat lines, and whose second listing and one command are pasted again', () => {
    const r = cleanDocument(fixture('pages/code-listings.html'), { source: 'code-listings.html' });
    if (!r.ok) throw new Error(r.reject.message);
    const paragraphs = splitBody(r.record.body);

    it('writes a listing as one paragraph, its lines one newline apart, repeated lines and all', () => {
      const listing = paragraphs.find((p) => p.startsWith('feeds:'));
      expect(listing?.split('\n')).toEqual([
        'feeds:', '- name: buses', 'format: csv', 'refresh: 15m', 'end',
        '- name: planning', 'format: json', 'refresh: 1d', 'end',
        '- name: air', 'format: json', 'refresh: 1h', 'end',
      ]);
    });

    it('removes the listing pasted again whole, and a paragraph that repeats a one-line listing', () => {
      expect(paragraphs.filter((p) => p.startsWith('feeds:'))).toHaveLength(1);
      expect(paragraphs.filter((p) => p === 'curl https://data.riverside.example/air/latest.json')).toHaveLength(1);
      expect(r.record.stats.removed['dup:paragraph']).toBe(14); // the second listing's 13 lines and the command
      expect(paragraphs.at(-1)).toMatch(/^A page listing every feed/);
    });

    it('gives a body that check finds nothing wrong with', () => {
      expect(recordProblems(r.record)).toEqual([]);
    });
  });
});
