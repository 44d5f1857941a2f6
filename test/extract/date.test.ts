import { findDate } from '../../src/extract/date.js';
import { resolveOptions } from '../../src/options.js';

const o = resolveOptions().fields;

describe('findDate', () => {
  it.each([
    ['20:59, June 14, 2013', '2013-06-14T20:59'],
    ['Updated: 2013-06-15 07:46', '2013-06-15T07:46'],
    ['Published 3:42 PM ET, Mon March 4, 2019', '2019-03-04T15:42-05:00'],
    ['2019-03-04T15:42:00Z', '2019-03-04T15:42Z'],
    ['4 March 2019', '2019-03-04'],
    ['March 4, 2019 / 3:42 PM', '2019-03-04T15:42'],
    ['Mar. 4, 2019', '2019-03-04'],
    ['2013年06月14日20:59', '2013-06-14T20:59'],
    ['2013-06-14 20:59:31', '2013-06-14T20:59'],
    ['19. Oktober 2019, 19:08 Uhr', '2019-10-19T19:08'],
    ['14.06.2013 um 7.46 Uhr', '2013-06-14T07:46'],
    ['4 de marzo de 2019', '2019-03-04'],
    ['Sept. 30, 2020 at 10:05 a.m.', '2020-09-30T10:05'],
    ['12:00 AM, January 1, 2020', '2020-01-01T00:00'],
    ['31/12/2019', '2019-12-31'],
    ['12/31/2019', '2019-12-31'],
    // years of the last century, in every pattern
    ['1999-06-14', '1999-06-14'],
    ['1999年6月14日', '1999-06-14'],
    ['June 14, 1999', '1999-06-14'],
    ['14 June 1999', '1999-06-14'],
    ['14.06.1999', '1999-06-14'],
    ['14/06/1999', '1999-06-14'],
    // a time after a middle dot, or after the Dutch and Portuguese "at"; a dotted time before a US zone
    ['17. Januar 2014 · 02:16', '2014-01-17T02:16'],
    ['Gepubliceerd op 4 maart 2019 om 10:30', '2019-03-04T10:30'],
    ['Publicado em 4 de março de 2019, às 10h30', '2019-03-04T10:30'],
    ['Thu 3 Jan 2019 02.00 EST', '2019-01-03T02:00-05:00'],
  ])('%s -> %s', (text, iso) => {
    expect(findDate(text, o)?.iso).toBe(iso);
  });

  it.each([['04/03/2019'], ['2013-02-30'], ['June 31, 2013'], ['no date here'], ['25:61, June 1, 2013 is not a time']])(
    'gives no date (or no time) for %s',
    (text) => {
      const found = findDate(text, o);
      if (found) expect(found.iso).not.toContain('T25');
      else expect(found).toBeNull();
    },
  );

  it.each([
    ['10.15.15', null, '2015-10-15'],
    ['15/10/15', null, '2015-10-15'],
    ['9/11/13 10:00AM', 'mdy', '2013-09-11T10:00'],
    ['Posted 03.11.17', 'dmy', '2017-11-03'],
  ] as const)('reads a two-digit year in a short text that starts with the date: %s (%s)', (text, shortOrder, iso) => {
    expect(findDate(text, o, null, shortOrder)?.iso).toBe(iso);
  });

  it.each([
    ['9/11/13', null],
    ['The score was 3.2.15 after the first round of the final', 'mdy'],
    ['Version 1.2', 'mdy'],
  ] as const)('gives no date with a two-digit year for %s (%s)', (text, shortOrder) => {
    expect(findDate(text, o, null, shortOrder)).toBeNull();
  });

  it('reads a two-digit year only from a text no longer than fields.shortDateMaxChars', () => {
    const text = 'Posted 9/11/13 10:00AM by the desk';
    expect(findDate(text, { shortDateMaxChars: text.length }, null, 'mdy')?.iso).toBe('2013-09-11T10:00');
    expect(findDate(text, { shortDateMaxChars: text.length - 1 }, null, 'mdy')).toBeNull();
  });

  it('reports where the date is, time included', () => {
    expect(findDate('Posted: 20:59, June 14, 2013 by staff', o)).toMatchObject({ start: 8, end: 28 });
  });
});

describe('the zone printed after a time', () => {
  it.each([
    ['Mon, 04 Mar 2019 15:42:00 +0000', '2019-03-04T15:42Z'],
    ['2019-01-06 07:46:12 (UTC+05:30)', '2019-01-06T07:46+05:30'],
    ['2019-03-04 15:42 GMT+8', '2019-03-04T15:42+08:00'],
    ['2021-06-01T09:30:00.000-04:00', '2021-06-01T09:30-04:00'],
    ['17. Januar 2014 · 02:16 Uhr MEZ', '2014-01-17T02:16+01:00'],
    ['4 June 2020, 18:05 CEST', '2020-06-04T18:05+02:00'],
    ['June 14, 2013 10:30 JST', '2013-06-14T10:30+09:00'],
    // American generic zones are daylight time from the second Sunday of March to the first Sunday of November
    ['March 9, 2019 10:00 a.m. ET', '2019-03-09T10:00-05:00'],
    ['March 10, 2019 10:00 a.m. ET', '2019-03-10T10:00-04:00'],
    ['Nov. 2, 2019 at 8:15 p.m. PT', '2019-11-02T20:15-07:00'],
    ['Nov. 3, 2019 at 8:15 p.m. PT', '2019-11-03T20:15-08:00'],
    ['Posted 11:20 PM ET, Jan 3, 2020', '2020-01-03T23:20-05:00'],
    // names of more than one zone, a generic American zone before the present rules, words that are no zone
    ['June 14, 2013 20:59 CST', '2013-06-14T20:59'],
    ['12 January 2022, 10:30 IST', '2022-01-12T10:30'],
    ['July 4, 2005 9:00 ET', '2005-07-04T09:00'],
    ['June 14, 2013 at 20:59 on the dot', '2013-06-14T20:59'],
    ['14.06.2013 um 7.46 Uhr', '2013-06-14T07:46'],
    ['June 14, 2013 20:59 +1900', '2013-06-14T20:59'],
  ])('%s -> %s', (text, iso) => {
    expect(findDate(text, o)?.iso).toBe(iso);
  });

  it('counts the zone as part of the date', () => {
    expect(findDate('June 14, 2013 20:59 GMT | Politics', o)).toMatchObject({ start: 0, end: 23 });
  });
});
