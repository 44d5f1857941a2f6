import { normaliseText } from '../../src/pipeline/normalise.js';

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
