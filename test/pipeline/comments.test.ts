import { cleanDocument } from '../../src/index.js';
import { recordSchema } from '../../src/schema.js';
import { findThread } from '../../src/pipeline/comments.js';
import { fixture, page, pipeline } from '../helpers.js';

const clean = (text: string, includeComments = false) => {
  const result = cleanDocument(text, { source: 'test', options: { includeComments } });
  if (!result.ok) throw new Error(result.reject.message);
  return result.record;
};

describe('reader comments below the article', () => {
  it('ends the body at a thread of "Name says:" heads with the time below, and reads author, time and text', () => {
    const record = clean(fixture('pages/comments-says.txt'), true);
    expect(record.body).toMatch(/fares would stay as they were in 2019\.$/);
    expect(record.body).not.toMatch(/thoughts on|Greta|bicycles/);
    expect(record.comments).toEqual([
      { author: 'Greta Holm', time: 'March 2, 2021 at 9:14 am', text: 'Finally. My mother lives on the far island and the road trip in January was a nightmare every single time.' },
      { author: 'Jonas Berg', time: 'March 2, 2021 at 11:02 am', text: 'Same here, we stopped visiting in winter altogether.' },
      { author: 'Pieter', time: 'March 3, 2021 at 6:40 pm', text: 'Four nights a week is a start, but the summer timetable was always the problem, not the winter one.' },
      { author: 'Ines Moreau', time: 'March 4, 2021 at 8:05 am', text: 'Will bicycles be allowed on the night crossing again?' },
    ]);
    expect(record.stats.removed['comments:thread']).toBeGreaterThan(0);
  });

  it('finds a numbered thread whose heads carry name and time on one line, and leaves the reply button out', () => {
    const record = clean(fixture('pages/comments-numbered.txt'), true);
    expect(record.body).toMatch(/nicht möglich\.$/);
    expect(record.comments?.map((c) => [c.author, c.time])).toEqual([
      ['Hans-Peter Albers', '18.10.2022 // 09:12'],
      ['lahnläuferin', '18.10.2022 // 10:47'],
      ['Katrin Vogel', '18.10.2022 // 11:20'],
      ['Ulrich M.', '19.10.2022 // 08:03'],
    ]);
    expect(record.comments?.[0].text).toBe('Endlich! Der Umweg über die Hauptstraße war für Fußgänger eine Zumutung.');
    expect(record.comments?.some((c) => /Antworten/.test(c.text))).toBe(false);
  });

  it('finds a thread whose comments end with their date and time alone, with the name on a line above the text', () => {
    const record = clean(fixture('pages/comments-feet.txt'), true);
    expect(record.body).toMatch(/when the new hours begin\.$/);
    expect(record.body).not.toMatch(/Finally|Mirja|volunteers deserve|reading room/);
    expect(record.comments?.map((c) => [c.author, c.time])).toEqual([
      ['Anonymous', 'February 3, 2020 9:14 AM'],
      ['Mirja K.', 'February 3, 2020 11:02 AM'],
      ['Anonymous', 'February 4, 2020 7:40 PM'],
      ['Sune', 'February 5, 2020 8:05 AM'],
    ]);
    expect(record.comments?.[1].text).toBe("Will the children's corner be open too? That is what we miss most.");
    // without the comment section's heading or form, dated paragraphs are the article's
    const diary = fixture('pages/comments-feet.txt').replace(/Comments\n\n[^]*?\[Post comment\]\n/u, '');
    expect(findThread(pipeline(diary))).toBeNull();
  });

  it('leaves comments out of the record unless asked, and the record is valid either way', () => {
    const without = clean(fixture('pages/comments-numbered.txt'));
    expect(without).not.toHaveProperty('comments');
    expect(without.body).not.toMatch(/Endlich!/);
    const withComments = clean(fixture('pages/comments-numbered.txt'), true);
    expect(Object.keys(withComments).indexOf('comments')).toBe(Object.keys(withComments).indexOf('body') + 1);
    expect(recordSchema.safeParse(withComments).success).toBe(true);
    expect(withComments.body).toBe(without.body);
  });

  it('gives an empty list on a page without a thread when asked', () => {
    expect(clean(fixture('pages/comments-lookalikes.txt'), true).comments).toEqual([]);
  });

  it('keeps an interview\'s speaker labels and a dated timeline in the article', () => {
    const doc = pipeline(fixture('pages/comments-lookalikes.txt'));
    expect(doc.comments).toEqual([]);
    expect(doc.blocks.some((b) => b.decision.rule.startsWith('comments:'))).toBe(false);
  });

  it('reads heads that open with the comment\'s number and its avatar picture ("#2 [avatar.png] Name said 2013/12/28 12:05")', () => {
    const record = clean(fixture('pages/comments-avatars.txt'), true);
    expect(record.body).toMatch(/make next summer\.$/);
    expect(record.body).not.toMatch(/avatar|Which road/);
    expect(record.comments?.map((c) => c.time)).toEqual(['2013/12/28 10:28', '2013/12/28 12:05', '2013/12/28 20:34', '2013/12/29 09:50']);
    expect(record.comments?.[2]).toEqual({ author: 'Guest', time: '2013/12/28 20:34', text: 'Which road did you take up the mountain? The northern one was closed in November.' });
  });

  it("finds a thread where the blog's author answers each comment, the answer's stamp under its text, and keeps the answers with the comments they answer", () => {
    const record = clean(fixture('pages/comments-answered.txt'), true);
    expect(record.body).toMatch(/once for bread\.$/);
    expect(record.body).not.toMatch(/Fern|Ridge Walker on|dogs allowed/);
    expect(record.comments?.map((c) => c.time)).toEqual(['2015/10/14 18:02', '2015/10/14 21:40', '2015/10/15 07:55', '2015/10/16 12:30']);
    expect(record.comments?.[1].text).toMatch(/^Which track did you take from the village\?.*\n\nWe came by the upper track/su);
  });

  it('finds no thread in one name\'s dated entries, even with a few other names among them', () => {
    const entry = (name: string, day: number) => [`${name} on 2015/10/${day} 09:00`, '', `A short note written on day ${day} about the harvest and the weather.`, ''];
    const text = page(
      'Harvest diary',
      '',
      'The diary of the orchard through the harvest, written by the farm manager every morning for the visitors who follow it from afar.',
      '',
      ...[10, 11, 12, 13, 14, 15].flatMap((d) => entry('Farm Manager', d)),
      ...entry('Visitor One', 16),
      ...[17, 18].flatMap((d) => entry('Farm Manager', d)),
    );
    expect(findThread(pipeline(text))).toBeNull();
  });

  it('keeps embedded posts and the article around them: "— Name (@handle) date" under a quotation is no comment head', () => {
    const record = clean(fixture('pages/embedded-posts.txt'), true);
    expect(record.comments).toEqual([]);
    for (const line of ['— Harold Finch (@hfinch) March 16, 2020', 'Four days later a politician', 'According to the study']) expect(record.body).toContain(line);
  });

  it('reads heads with a remark in brackets and a separator before the time, and runs the last comment to its button', () => {
    const record = clean(
      page(
        'Port budget passes after a long night',
        '',
        'The council passed the port budget shortly after midnight, after members argued for six hours about the',
        'dredging contract and the cost of the new crane at the container terminal.',
        '',
        'The budget now goes to the regional authority, which has to approve any loan above ten million.',
        '',
        'There are 3 comments',
        '',
        'Maria Lopes (harbour pilot) · March 10, 2017 at 12:20 AM',
        '',
        'Six hours for a crane seems about right for this council.',
        '  * Reply',
        '',
        'Dev · March 10, 2017 at 1:26 AM',
        '',
        'Does anyone know when the dredging starts?',
        '  * Reply',
        '',
        'Ken Ito · March 11, 2017 at 9:02 AM',
        '',
        'It starts in May, if the loan is approved.',
        '',
        'The contract was signed last year, but the work waits for the money.',
        '',
        'So the summer season will be quiet at the inner berths.',
        '  * Reply',
        '',
        'Your email address will not be published. Required fields are marked',
        '',
        'Name ______________________',
      ),
      true,
    );
    expect(record.body).toMatch(/above ten million\.$/);
    expect(record.comments?.map((c) => c.author)).toEqual(['Maria Lopes', 'Dev', 'Ken Ito']);
    expect(record.comments?.[2].text).toBe('It starts in May, if the loan is approved.\n\nThe contract was signed last year, but the work waits for the money.\n\nSo the summer season will be quiet at the inner berths.');
  });

  it('takes no thread from dated lines without text under them (a list of dated links), nor from one writer\'s dated entries', () => {
    const article = [
      'Council approves the new harbour budget',
      '',
      'The council approved the harbour budget on Monday after a long debate about the cost of dredging the',
      'channel, which the harbour master said could not wait another year without closing the inner berths.',
      '',
      'The vote was eleven to four, with two members absent.',
      '',
    ];
    const links = pipeline(page(...article, 'Archive', '', 'Budget talks 02.03.2021 10:00', '', 'Dredging plan 03.03.2021 11:00', '', 'Harbour fees 04.03.2021 12:00', '', 'Ferry timetable 05.03.2021 13:00'));
    expect(findThread(links)).toBeNull();
    const diary = pipeline(
      page(
        ...article,
        'Diary 02.03.2021 10:00',
        'The first day of the hearing was mostly about procedure and the order of the witnesses.',
        '',
        'Diary 03.03.2021 10:00',
        'The harbour master spoke for three hours and answered every question about the channel.',
        '',
        'Diary 04.03.2021 10:00',
        'The council closed the hearing and will publish its decision in two weeks.',
      ),
    );
    expect(findThread(diary)).toBeNull();
  });
});
