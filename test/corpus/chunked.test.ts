// Chunked typed arrays: the same reads and writes as one array, across chunk boundaries.
import { ChunkedArray, ChunkedRows } from '../../src/corpus/chunked.js';

describe('chunked arrays', () => {
  test('read back what was written, across chunk boundaries, and 0 where nothing was', () => {
    const a = new ChunkedArray((n) => new Int32Array(n));
    const u = new ChunkedArray((n) => new Uint32Array(n));
    const at = [0, 1, 65535, 65536, 65537, 200_000];
    at.forEach((i, k) => {
      a.set(i, -k - 1);
      u.set(i, 0xffffffff - k);
    });
    at.forEach((i, k) => {
      expect(a.get(i)).toBe(-k - 1);
      expect(u.get(i)).toBe(0xffffffff - k);
    });
    expect(a.get(100_000)).toBe(0);
  });

  test('rows stay whole and in place when rows do not divide a chunk evenly', () => {
    const rows = new ChunkedRows(100, (n) => new Uint32Array(n)); // 655 rows per chunk of 65,536 values
    const row = (r: number) => Uint32Array.from({ length: 100 }, (_, i) => r * 1000 + i);
    for (let r = 0; r < 2000; r++) rows.set(r, row(r));
    for (const r of [0, 654, 655, 1310, 1999]) {
      const [array, offset] = rows.locate(r);
      expect(Array.from(array.subarray(offset, offset + 100))).toEqual(Array.from(row(r)));
    }
  });

  test('narrow rows keep the low 16 bits of each value', () => {
    const rows = new ChunkedRows(3, (n) => new Uint16Array(n));
    rows.set(70_000, Uint32Array.of(0x12345678, 0xffffffff, 7));
    const [array, offset] = rows.locate(70_000);
    expect(Array.from(array.subarray(offset, offset + 3))).toEqual([0x5678, 0xffff, 7]);
  });
});
