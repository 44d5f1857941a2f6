// Records travel from the cleaner to the writer as JSON in UTF-8 (a worker hands over bytes, not objects), and a later copy
// of a page gets its duplicate_of set before it is written: the result must be the record serialised with
// duplicate_of set, whatever the page's text holds (its own "duplicate_of":null included), whatever a passthrough
// carries, in either layout.
import fc from 'fast-check';
import { cleanDocument, type CleanRecord } from '../../src/index.js';
import { recordParts, serialiseRecord, type SerialisedRecord } from '../../src/run/page.js';
import { inLayout } from '../../src/io/layout.js';

const json = (text: SerialisedRecord) => recordParts(text).map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('utf8'))).join('');
const markDuplicate = (record: SerialisedRecord, first: string): SerialisedRecord => ({ ...record, duplicateOf: first });

const FIRST = '0123456789abcdef';

function record(overrides: Partial<CleanRecord>): CleanRecord {
  return {
    id: 'fedcba9876543210',
    source: 'page.txt',
    title: null,
    section: [],
    published: null,
    dateline: null,
    agency: null,
    authors: [],
    editors: [],
    body: 'Text.',
    stats: { lines: 1, blocks: 1, kept: 1, removed: {} },
    duplicate_of: null,
    ...overrides,
  };
}

describe('records as JSON', () => {
  it('serialises a record as the writer would, with what the runner reads of it', () => {
    const r = record({ warnings: [{ reason: 'replacement-characters', message: 'bytes that are not UTF-8 were replaced', line: 3 }], stats: { lines: 3, blocks: 2, kept: 1, removed: { 'chrome:widget': 1 } } });
    const text = serialiseRecord(r);
    expect(json(text)).toBe(JSON.stringify(r));
    expect(text.id).toBe(r.id);
    expect(text.warnings).toEqual(r.warnings);
    expect(text.removed).toEqual({ 'chrome:widget': 1 });
  });

  it('sets duplicate_of in a cleaned page whose text holds "duplicate_of":null itself', () => {
    const page = [
      'Council budget "duplicate_of":null in the headline',
      '',
      'The town council published its budget on Monday, and the text of this paragraph carries "duplicate_of":null as well as other words so that it is kept as prose.',
      '',
      'Opponents said the plan leaned on optimistic forecasts of tax income and called for a second reading in March.',
    ].join('\n');
    const result = cleanDocument(page, { source: 'x.txt', passthrough: { duplicate_of: null, note: '"duplicate_of":null' } });
    if (!result.ok) throw new Error(result.reject.message);
    expect(result.record.body).toContain('"duplicate_of":null');
    const marked = markDuplicate(serialiseRecord(result.record), FIRST);
    expect(json(marked)).toBe(JSON.stringify({ ...result.record, duplicate_of: FIRST }));
    expect(JSON.parse(json(marked)).passthrough).toEqual({ duplicate_of: null, note: '"duplicate_of":null' });
  });

  it('sets duplicate_of as serialising the marked record does, for any text in the fields and any passthrough', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s + '"duplicate_of":null');
    fc.assert(
      fc.property(text, fc.option(text, { nil: null }), fc.array(text, { maxLength: 3 }), fc.dictionary(fc.string(), fc.jsonValue()), (body, title, authors, passthrough) => {
        const r = record({ body, title, authors, ...(Object.keys(passthrough).length ? { passthrough } : {}) });
        expect(json(markDuplicate(serialiseRecord(r), FIRST))).toBe(JSON.stringify({ ...r, duplicate_of: FIRST }));
      }),
    );
  });

  it('sets duplicate_of inside metadata in datatrove\'s layout, with a passthrough as metadata\'s last member', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s + '"duplicate_of":null');
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 3 }), fc.dictionary(fc.string(), fc.jsonValue()), (body, authors, passthrough) => {
        const r = record({ body, authors });
        const given = JSON.stringify(passthrough);
        const laid = inLayout({ ...r, duplicate_of: FIRST }, 'datatrove') as { metadata: Record<string, unknown> };
        const expected = `${JSON.stringify(laid).slice(0, -2)},"passthrough":${given}}}`;
        expect(json(markDuplicate(serialiseRecord(r, given, 'datatrove'), FIRST))).toBe(expected);
        expect(json(serialiseRecord(r, given, 'datatrove'))).toBe(expected.replace(`"duplicate_of":"${FIRST}"`, '"duplicate_of":null'));
      }),
    );
  });
});
