// Worker threads never outnumber the cores or the inputs: threads beyond the cores only take turns on them, each
// with a heap of its own.
import { workerThreads } from '../../src/cli/jobs.js';

describe('workerThreads', () => {
  it('gives what -j asks within the cores and the inputs, and by default one per core', () => {
    expect(workerThreads(2, 10, 4)).toEqual({ jobs: 2, note: null });
    expect(workerThreads(undefined, 10, 4)).toEqual({ jobs: 4, note: null });
    expect(workerThreads(undefined, 3, 4)).toEqual({ jobs: 3, note: null });
  });

  it('caps -j at the cores available and at the inputs, and says why', () => {
    expect(workerThreads(32, 32, 2)).toEqual({ jobs: 2, note: '-j 32: 2 worker threads, the cores available' });
    expect(workerThreads(300, 300, 8)).toEqual({ jobs: 8, note: '-j 300: 8 worker threads, the cores available' });
    expect(workerThreads(8, 3, 16)).toEqual({ jobs: 3, note: '-j 8: 3 worker threads, one per input' });
    expect(workerThreads(4, 1, 16)).toEqual({ jobs: 1, note: '-j 4: 1 worker thread, the one input' });
  });

  it('runs one thread when there is nothing to read', () => {
    expect(workerThreads(4, 0, 2).jobs).toBe(1);
  });
});
