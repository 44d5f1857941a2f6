// A worker thread of the pool (pool.ts): does what it is asked (page-work.ts) and replies with each page's result.
import { parentPort, workerData } from 'node:worker_threads';
import { PageWork } from './page-work.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './pool.js';

// started as a worker of the pool (importing this module elsewhere, as the regular-expression audit does, does nothing)
const setup = workerData as WorkerSetup | null;

if (setup) {
  const pages = new PageWork(setup);
  parentPort?.on('message', (request: WorkerRequest) => {
    if (request.kind === 'profile') return pages.useProfile(request.totals);
    pages.work(request).then(
      (result) => parentPort!.postMessage({ id: request.id, result } satisfies WorkerReply),
      (err: unknown) => parentPort!.postMessage({ id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerReply),
    );
  });
}
