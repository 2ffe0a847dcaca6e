// The menu refresh queue: one run at a time, in order, the latest waiting request winning, errors reported and passed.
import { describe, expect, it, vi } from 'vitest';
import { LatestQueue } from '../../electron/main/latest-queue.js';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('LatestQueue', () => {
  it('never overlaps runs, and a slow earlier run cannot land after a later one', async () => {
    const gates = new Map([[1, deferred()], [2, deferred()], [3, deferred()]]);
    const started: number[] = [];
    const finished: number[] = [];
    const queue = new LatestQueue<number>(async (n) => {
      started.push(n);
      await gates.get(n)?.promise;
      finished.push(n);
    }, vi.fn());
    const first = queue.request(1);
    void queue.request(2);
    const last = queue.request(3);
    expect(started).toEqual([1]);
    // 2 was replaced by 3 before it started; 3 waits for 1 even though it would finish first.
    gates.get(3)?.resolve();
    await Promise.resolve();
    expect(finished).toEqual([]);
    gates.get(1)?.resolve();
    await Promise.all([first, last]);
    expect(started).toEqual([1, 3]);
    expect(finished).toEqual([1, 3]);
  });

  it('reports a failed run and goes on with the next request', async () => {
    const onError = vi.fn();
    const done: string[] = [];
    const queue = new LatestQueue<string>(async (name) => {
      if (name === 'bad') throw new Error('packets could not be listed');
      done.push(name);
    }, onError);
    await expect(queue.request('bad')).resolves.toBeUndefined();
    await queue.request('good');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'packets could not be listed' }));
    expect(done).toEqual(['good']);
  });
});
