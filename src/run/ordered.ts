// Work on a stream of items with several of them under way at once, and the results handed on in input order.
// At most `window` items are under way or finished and waiting for their turn: the reorder buffer is bounded,
// and nothing more is read while the consumer (the writer) is behind.

/** `work(item)` for each item, at most `window` at a time, results in the order of the items. */
export async function* inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, work: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    const result = work(item);
    // a failure is raised when its turn comes, not as an unhandled rejection while earlier results are written
    result.catch(() => {});
    pending.push(result);
    if (pending.length >= Math.max(1, window)) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
