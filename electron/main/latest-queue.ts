// Runs requests one at a time, the latest waiting one replacing those not started: refreshes cannot finish out of order.
export class LatestQueue<T> {
  private waiting: { value: T } | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly work: (value: T) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Queues `value` (replacing any request not started yet); resolves once the queue is idle. Never rejects. */
  request(value: T): Promise<void> {
    this.waiting = { value };
    this.running ??= this.drain();
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.waiting) {
      const { value } = this.waiting;
      this.waiting = null;
      try {
        await this.work(value);
      } catch (error) {
        this.onError(error);
      }
    }
    // No await between the loop's last check and here: a request made meanwhile started this loop again.
    this.running = null;
  }
}
