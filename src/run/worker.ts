// A worker thread of the pool (pool.ts): it handles requests from the main thread (tasks.ts) with the options and
// profile counters it was started with, and replies with each page's result.
import { parentPort, workerData } from 'node:worker_threads';
import { taskHandler } from './tasks.js';
import type { WorkerRequest, WorkerSetup } from './pool.js';

// started as a worker of the pool (importing this module elsewhere, as the regular-expression audit does, does nothing)
const setup = workerData as WorkerSetup | null;

if (setup && parentPort) {
  const port = parentPort;
  const handle = taskHandler(setup);
  port.on('message', (request: WorkerRequest) => handle(request, (reply, transfer) => port.postMessage(reply, transfer)));
}
