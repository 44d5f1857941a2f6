// A code listing between two dense stretches of an article's prose stays in the body, with the sentences that
// introduce it; a stretch of other short lines between them is left as the classifier decided.
import { isProgramLine, keepCodeListings } from '../../src/pipeline/code-listings.js';
import { remove, type Doc } from '../../src/pipeline/doc.js';
import { blockStarting, fixture, page, pipeline } from '../helpers.js';

/** The doc as the classifier leaves it when a listing cuts the article's dense text in two: two regions, with
 * everything from `first` to `last` (block texts' starts) removed between them. */
function splitAt(doc: Doc, first: string, last: string): Doc {
  const from = blockStarting(doc, first).index;
  const to = blockStarting(doc, last).index + 1;
  for (const b of doc.blocks.slice(from, to)) remove(b, 'chrome:outside-main', 'outside the dense text regions');
  doc.regions = [
    { start: 2, end: from, weight: 10 },
    { start: to, end: doc.blocks.length - 1, weight: 5 },
  ];
  return doc;
}

/** A short article whose two paragraphs stand around `lines`. */
function betweenParagraphs(...lines: string[]): string {
  return page(
    '   The council approved the new harbour plan on Monday after a debate that lasted most of the afternoon and',
    '   ended with a vote of nine to four, with two members absent and the mayor abstaining as she had promised.',
    '',
    ...lines,
    '',
    '   Work on the northern quay will begin in the autumn and is expected to take two years, the council said,',
    '   during which the fishing boats will use the southern basin and the ferry will keep its usual berth.',
  );
}

describe('code listings', () => {
  test('a listing between two regions of an article goes back into the body, with the sentences around it', () => {
    const doc = splitAt(pipeline(fixture('pages/code-listing.txt')), 'Here is the whole program', '</html>');
    keepCodeListings(doc);
    for (const start of ['Here is the whole program', 'const counts = new Map();', 'And the part that prints', '<script src="count.js">', 'To try it in a browser']) {
      expect([start, blockStarting(doc, start).decision.rule]).toEqual([start, 'content:listing']);
    }
  });

  test.each([
    ['a stretch of headlines', ['   More news', '   School roof to be repaired over the summer', '   Ferry timetable changes from June', '   Library opens on Sundays']],
    ['a label ending with a colon, headlines and a tag line', ['   Read more:', '   School roof to be repaired over the summer', '   Ferry timetable changes from June', '   Tags: harbour, council']],
  ])('%s between two regions stays out', (_, lines) => {
    const doc = splitAt(pipeline(betweenParagraphs(...lines)), lines[0].trim(), lines[lines.length - 1].trim());
    keepCodeListings(doc);
    expect(blockStarting(doc, 'Ferry timetable').decision.keep).toBe(false);
  });

  test('a protocol transcript goes back into the body: request and status lines, header fields, JSON', () => {
    const doc = splitAt(pipeline(fixture('pages/http-transcript.txt')), 'The first time', 'HTTP/1.1 304');
    keepCodeListings(doc);
    for (const start of ['The first time', 'GET /notes/shopping-list', 'and the server sends it', 'HTTP/1.1 200 OK', '"items": [', 'Since the list', 'HTTP/1.1 304']) {
      expect([start, blockStarting(doc, start).decision.rule]).toEqual([start, 'content:listing']);
    }
  });

  test('one-line listings, each under the sentence that introduces it, are counted without those sentences', () => {
    const text = betweenParagraphs(
      '   Ask for the list of berths:',
      '',
      '   GET /berths HTTP/1.1',
      '',
      '   Then ask for one of them:',
      '',
      '   GET /berths/12 HTTP/1.1',
      '',
      '   And give it up when the boat leaves:',
      '',
      '   DELETE /berths/12 HTTP/1.1',
    );
    const doc = splitAt(pipeline(text), 'Ask for the list', 'DELETE /berths');
    keepCodeListings(doc);
    for (const start of ['Ask for the list', 'GET /berths/12', 'DELETE /berths']) expect([start, blockStarting(doc, start).decision.rule]).toEqual([start, 'content:listing']);
  });

  test('program lines are told by their ends, prose is not', () => {
    expect(isProgramLine('rl.on("line", (line) => {')).toBe(true);
    expect(isProgramLine('});')).toBe(true);
    expect(isProgramLine('// count.js')).toBe(true);
    expect(isProgramLine('<div id="app"></div>')).toBe(true);
    expect(isProgramLine('"rel": "avatar",')).toBe(true);
    expect(isProgramLine('}]')).toBe(true);
    expect(isProgramLine('PUT /storage/notes/list HTTP/1.1')).toBe(true);
    expect(isProgramLine('HTTP/1.1 412 Precondition Failed')).toBe(true);
    expect(isProgramLine('Access-Control-Allow-Origin: *')).toBe(true);
    expect(isProgramLine('curl -H "Accept: application/json" \\')).toBe(true);
    expect(isProgramLine('Tags: harbour, council')).toBe(false);
    expect(isProgramLine('The council met on Monday; it voted on Tuesday.')).toBe(false);
    expect(isProgramLine('Here is the whole program, in plain JavaScript for Node:')).toBe(false);
  });
});
