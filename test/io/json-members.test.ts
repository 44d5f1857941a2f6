// The members of a JSON object as written: the same values JSON.parse reads, in the text they were written in.
import fc from 'fast-check';
import { compactJson, objectMembers } from '../../src/io/json-members.js';
import { RUNS } from '../robust/arbitraries.js';

/** The members put back together into one object's text. */
const rebuilt = (text: string) => `{${objectMembers(text).map((m) => `${m.rawKey}:${m.raw}`).join(',')}}`;

describe('objectMembers', () => {
  it('gives each key and value as written, white space between tokens left out, strings untouched', () => {
    const text = ' { "a" : [ 1 , { "b" : "x } ] \\" y" } ] ,"c":12345678901234567890 ,\t"d\\u0041": null, "e": "\\\\" } ';
    expect(objectMembers(text)).toEqual([
      { key: 'a', rawKey: '"a"', raw: '[1,{"b":"x } ] \\" y"}]', loneSurrogates: 0 },
      { key: 'c', rawKey: '"c"', raw: '12345678901234567890', loneSurrogates: 0 },
      { key: 'dA', rawKey: '"d\\u0041"', raw: 'null', loneSurrogates: 0 },
      { key: 'e', rawKey: '"e"', raw: '"\\\\"', loneSurrogates: 0 },
    ]);
    expect(objectMembers('{}')).toEqual([]);
  });

  it('reads the same values as JSON.parse, for any object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (object, pretty) => {
        const text = JSON.stringify(object, null, pretty ? 2 : undefined);
        expect(JSON.parse(rebuilt(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('compactJson', () => {
  it('replaces escapes of lone surrogates, and only those, with \\ufffd', () => {
    expect(compactJson('"\\ud800 \\udc00 \\ud83d\\ude00 \\\\ud800 \\ud800\\u0041"')).toEqual({ json: '"\\ufffd \\ufffd \\ud83d\\ude00 \\\\ud800 \\ufffd\\u0041"', loneSurrogates: 3 });
  });
});
