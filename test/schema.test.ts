import { recordSchema, isRealDateTime, RECORD_FIELDS } from '../src/schema.js';

const valid = {
  id: '0123456789abcdef',
  source: 'pages/a.txt',
  title: 'A title',
  section: ['News'],
  published: '2013-06-14T20:59',
  dateline: { place: 'BEIJING', date: 'June 14', agency: 'Xinhua' },
  agency: 'Xinhua',
  authors: [],
  editors: ['Li Xiang'],
  body: 'First paragraph.\n\nSecond paragraph.',
  stats: { lines: 10, blocks: 5, kept: 2, removed: { 'chrome:widget': 3 } },
  duplicate_of: null,
};

describe('recordSchema', () => {
  it('accepts a complete record and keeps the documented field order', () => {
    const parsed = recordSchema.parse(valid);
    expect(Object.keys(parsed)).toEqual(RECORD_FIELDS.filter((f) => f !== 'comments' && f !== 'warnings' && f !== 'passthrough'));
    expect(RECORD_FIELDS).toEqual(['id', 'source', 'title', 'section', 'published', 'dateline', 'agency', 'authors', 'editors', 'body', 'comments', 'stats', 'duplicate_of', 'warnings', 'passthrough']);
  });

  it('takes reader comments after the body, each with author and time or null, and trimmed non-empty text', () => {
    const comments = [
      { author: 'Anna Berg', time: '12.03.2021 // 14:05', text: 'Thanks for this.\n\nOne more question.' },
      { author: null, time: null, text: 'Agreed.' },
    ];
    expect(Object.keys(recordSchema.parse({ ...valid, comments })).indexOf('comments')).toBe(Object.keys(valid).indexOf('body') + 1);
    expect(recordSchema.safeParse({ ...valid, comments: [] }).success).toBe(true);
    expect(recordSchema.safeParse({ ...valid, comments: [{ author: 'A', time: null, text: '' }] }).success).toBe(false);
    expect(recordSchema.safeParse({ ...valid, comments: [{ author: ' A', time: null, text: 'x' }] }).success).toBe(false);
    expect(recordSchema.safeParse({ ...valid, comments: [{ author: 'A', text: 'x' }] }).success).toBe(false);
    expect(recordSchema.safeParse({ ...valid, comments: [{ author: 'A', time: null, text: 'x', likes: 3 }] }).success).toBe(false);
  });

  it('takes warnings about the page bytes as the last field, only when there are some', () => {
    const warnings = [{ reason: 'invalid-bytes', message: '2 invalid byte sequence(s)', line: 3 }];
    expect(Object.keys(recordSchema.parse({ ...valid, warnings })).at(-1)).toBe('warnings');
    expect(recordSchema.safeParse({ ...valid, warnings: [] }).success).toBe(false);
    expect(recordSchema.safeParse({ ...valid, warnings: [{ reason: 'Invalid Bytes', message: 'x' }] }).success).toBe(false);
    expect(recordSchema.safeParse({ ...valid, warnings: [{ reason: 'truncated', message: 'x', line: 0 }] }).success).toBe(false);
  });

  it.each([['2013-06-14T20:59Z'], ['2013-06-14T20:59+05:30'], ['2013-06-14T20:59-12:00']])('takes a published time with the zone printed: %s', (published) => {
    expect(recordSchema.safeParse({ ...valid, published }).success).toBe(true);
  });

  it.each([
    ['an empty body', { body: '' }],
    ['trailing spaces in the body', { body: 'Text. \n\nMore.' }],
    ['an empty id', { id: '' }],
    ['an id that is not a string', { id: 17 }],
    ['an impossible date', { published: '2013-02-30' }],
    ['a time without the date form', { published: '20:59' }],
    ['a zone without a time', { published: '2013-06-14Z' }],
    ['an offset beyond UTC+14', { published: '2013-06-14T20:59+15:00' }],
    ['an offset without its colon', { published: '2013-06-14T20:59+0100' }],
    ['an untrimmed author', { authors: [' Li'] }],
    ['an unknown field', { extra: 1 }],
    ['duplicate_of that is an empty id', { duplicate_of: '' }],
    ['duplicate_of left out', { duplicate_of: undefined }],
    ['a dateline without a place', { dateline: { place: '', date: null, agency: null } }],
  ])('rejects %s', (_what, change) => {
    expect(recordSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('keeps the fields of a --from-jsonl input record under passthrough, and an id of any form', () => {
    const passthrough = { url: 'https://example.org/a', crawl: { depth: 2 } };
    const parsed = recordSchema.parse({ ...valid, id: 'crawl-0001', passthrough });
    expect(parsed.passthrough).toEqual(passthrough);
    expect(Object.keys(parsed).at(-1)).toBe('passthrough');
    expect(recordSchema.safeParse({ ...valid, passthrough: ['not', 'an', 'object'] }).success).toBe(false);
  });

  it('takes the id of the first copy in duplicate_of', () => {
    expect(recordSchema.parse({ ...valid, duplicate_of: 'fedcba9876543210' }).duplicate_of).toBe('fedcba9876543210');
  });

  it('knows real calendar dates and times', () => {
    expect(isRealDateTime('2024-02-29')).toBe(true);
    expect(isRealDateTime('2023-02-29')).toBe(false);
    expect(isRealDateTime('2023-12-31T23:59')).toBe(true);
    expect(isRealDateTime('2023-12-31T24:00')).toBe(false);
  });
});
