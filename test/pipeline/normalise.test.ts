import { normaliseText } from '../../src/pipeline/normalise.js';
import fc from 'fast-check';
import { RUNS } from '../robust/arbitraries.js';

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF and drops a leading BOM', () => {
    const { text, changes } = normaliseText('\ufeffone\r\ntwo\rthree\n');
    expect(text).toBe('one\ntwo\nthree\n');
    expect(changes.bom).toBe(true);
    expect(changes.crlf).toBe(2);
  });

  it('turns non-breaking and other space characters into plain spaces', () => {
    expect(normaliseText('a\u00a0b\u2009c\u202fd').text).toBe('a b c d');
  });

  it('removes soft hyphens, zero-width spaces and control characters but keeps tabs as spaces', () => {
    expect(normaliseText('Ver\u00adsiche\u200brung\u0007').text).toBe('Versicherung');
    expect(normaliseText('\tindented').text).toBe('        indented');
  });

  it('trims trailing whitespace from every line', () => {
    expect(normaliseText('Latest News:\u00a0\u00a0 \nnext  ').text).toBe('Latest News:\nnext');
  });
});

describe('normaliseText, a page with nothing to replace', () => {
  /** The reference: every replacement run on every page, then the line pass, as before the page was scanned once. */
  function reference(input: string) {
    let text = input;
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    const count = (re: RegExp, by: string) => {
      let n = 0;
      text = text.replace(re, () => {
        n++;
        return by;
      });
      return n;
    };
    const crlf = count(/\r\n?/g, '\n');
    const spaces = count(/[\u00a0\u1680\u2000-\u200a\u202f\u205f]/g, ' ');
    const invisible = count(/[\u00ad\u200b\u2060\ufeff]/g, '');
    // eslint-disable-next-line no-control-regex
    const control = count(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
    const lines = text.split('\n').map((line) => {
      let out = '';
      for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
      return out.trimEnd();
    });
    return { text: lines.join('\n'), changes: { crlf, bom, spaces, invisible, control } };
  }

  it('gives what running every replacement gives', () => {
    const pieces = ['a', 'word', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u2009', '\u3000', '\u2028', '\u2029', '\u00ad', '\u200b', '\ufeff', '\u0007', '\u0085', '\u000b', 'é', '中'];
    const text = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join('')), fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(text, (t) => {
        expect(normaliseText(t)).toEqual(reference(t));
      }),
      { numRuns: RUNS * 20, examples: [[''], ['a \nb'], ['a\tb'], ['x\u3000'], ['\ufeffa'], ['a\u2028'], ['line\nend ']] },
    );
  });
});
