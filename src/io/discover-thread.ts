// Directory walks in a thread of their own, for the command line. A walk of 100,000 files makes some 240 MB of
// objects that live as long as the walk (fast-glob's entries, our maps of paths); in the main thread they were
// promoted to the old generation and stayed there, garbage but reserved, until a full collection long after:
// a run's largest peak of memory came as the cleaning began. A thread's heap goes with the thread, and only the
// list of inputs comes back (structured copies: flat strings, nothing else attached).
//
// The library's `discoverInputs` stays in the caller's thread (a program that embeds us decides its threads).
import { statSync } from 'node:fs';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { discoverInputs, type Discovered, type DiscoverOptions } from './discover.js';

interface WalkRequest {
  walk: { args: string[]; opts: DiscoverOptions };
}
type WalkReply = { found: Discovered } | { error: string };

/** `discoverInputs`, in a thread of its own when a directory is to be walked. */
export async function discoverInputsAside(args: string[], opts: DiscoverOptions): Promise<Discovered> {
  if (!args.some(isDirectory)) return discoverInputs(args, opts);
  const request: WalkRequest = { walk: { args, opts } };
  const worker = new Worker(new URL('./discover-thread.js', import.meta.url), { workerData: request });
  try {
    return await new Promise<Discovered>((resolve, reject) => {
      worker.once('message', (reply: WalkReply) => ('found' in reply ? resolve(reply.found) : reject(new Error(reply.error))));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the directory walk stopped with exit code ${code}`)));
    });
  } finally {
    await worker.terminate();
  }
}

function isDirectory(arg: string): boolean {
  if (arg === '-') return false;
  try {
    return statSync(arg).isDirectory();
  } catch {
    return false;
  }
}

// started as the walking thread (importing this module elsewhere, as the regular-expression audit does, does nothing)
const request = workerData as Partial<WalkRequest> | null;
if (parentPort && request?.walk) {
  const port = parentPort;
  discoverInputs(request.walk.args, request.walk.opts).then(
    (found) => port.postMessage({ found } satisfies WalkReply),
    (err: unknown) => port.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WalkReply),
  );
}
