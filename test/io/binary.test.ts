import { gzipSync } from 'node:zlib';
import { sniffBinary, trailingNuls } from '../../src/io/binary.js';
import { resolveInputOptions } from '../../src/options.js';

const input = resolveInputOptions();

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffBinary', () => {
  it.each([
    ['PNG image', bytes([0x89], 'PNG\r\n\x1a\n', 'rest')],
    ['JPEG image', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['GIF image', bytes('GIF89a', [1, 0, 1, 0])],
    ['WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')],
    ['PDF document', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['ZIP archive (or an office document)', bytes('PK', [3, 4, 20, 0])],
    ['gzip archive', gzipSync(Buffer.from('a page of text'))],
    ['bzip2 archive', bytes('BZh91AY&SY', [0x12, 0x34])],
    ['xz archive', bytes([0xfd], '7zXZ', [0])],
    ['ELF executable', bytes([0x7f], 'ELF', [2, 1, 1])],
    ['SQLite database', bytes('SQLite format 3', [0])],
  ])('recognises a %s by its signature', (what, data) => {
    expect(sniffBinary(data, input)).toEqual({ what });
  });

  it('finds NUL bytes anywhere but in a trailing run it was told about', () => {
    expect(sniffBinary(bytes('text', [0], 'more'), input)).toEqual({ what: 'NUL bytes (the first at byte 4)' });
    const padded = bytes('text', [0, 0, 0]);
    expect(sniffBinary(padded, input)).not.toBeNull();
    expect(sniffBinary(padded, input, trailingNuls(padded))).toBeNull();
  });

  it('lets text through, whatever its script, and text that merely starts like a signature word', () => {
    expect(sniffBinary(Buffer.from('PK is a common abbreviation.\nGIF images are small.', 'utf8'), input)).toBeNull();
    expect(sniffBinary(Buffer.from('新闻 ニュース 뉴스 новости', 'utf8'), input)).toBeNull();
    expect(sniffBinary(Buffer.from([0xc4, 0xe3, 0xba, 0xc3]), input)).toBeNull(); // GBK
  });

  it('calls text with more control bytes than input.maxControlShare binary', () => {
    const text = bytes('A line of text with one bell byte in it.', [0x07], 'And two more lines of ordinary text after it here.');
    expect(sniffBinary(text, input)).toBeNull();
    expect(sniffBinary(text, { maxControlShare: 0.005 })).toEqual({ what: '1% control bytes' });
  });

  it('counts NUL bytes at the end of a file', () => {
    expect(trailingNuls(bytes('ab', [0, 0]))).toBe(2);
    expect(trailingNuls(bytes('ab'))).toBe(0);
    expect(trailingNuls(Buffer.alloc(3))).toBe(3);
  });
});
