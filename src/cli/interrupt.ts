// Ctrl-C, `kill` or a closed terminal in the middle of a run: remove the temporary output files, so the previous
// outputs stay exactly as they were and nothing half-written is left, then die of the same signal (the shell and
// callers see an interrupted run, exit status 128 + signal number, not a normal exit).

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Run `cleanup` if a terminating signal arrives; returns the function that stops watching. */
export function onInterrupt(cleanup: () => void): () => void {
  const handler = (signal: NodeJS.Signals) => {
    stop();
    try {
      cleanup();
    } finally {
      // no listener is left, so the signal now does what it does by default: end the process
      process.kill(process.pid, signal);
    }
  };
  const stop = () => {
    for (const signal of SIGNALS) process.removeListener(signal, handler);
  };
  for (const signal of SIGNALS) process.on(signal, handler);
  return stop;
}
