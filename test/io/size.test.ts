import { formatSize, parseSize } from '../../src/io/size.js';

describe('sizes', () => {
  it('parses bytes and K, M, G suffixes as powers of 1024', () => {
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('512K')).toBe(512 * 1024);
    expect(parseSize('20M')).toBe(20 * 1024 * 1024);
    expect(parseSize('20MB')).toBe(20 * 1024 * 1024);
    expect(parseSize('1.5 MiB')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('1g')).toBe(1024 ** 3);
  });

  it('refuses what is not a positive size', () => {
    for (const bad of ['', 'M', '-1', '0', '20X', '1e6', 'ten']) expect(parseSize(bad)).toBeNull();
  });

  it('prints sizes for people', () => {
    expect(formatSize(312)).toBe('312 bytes');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MiB');
  });
});
