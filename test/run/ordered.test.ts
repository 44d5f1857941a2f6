// Results in input order whatever order the work finishes in, with no more than `window` items under way.
import { inOrder } from '../../src/run/ordered.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inOrder', () => {
  test('yields results in input order when later items finish first', async () => {
    const delays = [30, 5, 20, 1, 10, 0, 15];
    const out: number[] = [];
    for await (const r of inOrder(delays.keys(), async (i) => (await tick(delays[i]), i), 4)) out.push(r);
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  test('never has more than `window` items started and not yet taken', async () => {
    let started = 0;
    let taken = 0;
    let most = 0;
    const work = async (i: number) => {
      started++;
      most = Math.max(most, started - taken);
      await tick(i % 3);
      return i;
    };
    for await (const _ of inOrder(Array.from({ length: 40 }, (_, i) => i), work, 5)) {
      taken++;
      await tick(1); // a slow writer: the reader must wait for it
    }
    expect(taken).toBe(40);
    expect(most).toBeLessThanOrEqual(5);
  });

  test('a failure is raised in its turn, after the results before it', async () => {
    const out: number[] = [];
    const run = async () => {
      for await (const r of inOrder([0, 1, 2, 3], async (i) => {
        if (i === 2) throw new Error('page 2 failed');
        await tick(5);
        return i;
      }, 4)) out.push(r);
    };
    await expect(run()).rejects.toThrow('page 2 failed');
    expect(out).toEqual([0, 1]);
  });
});
