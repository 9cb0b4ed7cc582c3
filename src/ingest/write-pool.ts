/**
 * Runs async tasks with at most `concurrency` at a time, in arrival order. Ingest writes go
 * through one pool per process: it bounds the write transactions in flight (and the driver's
 * connections); correctness under concurrency comes from the lock nodes each transaction takes
 * (see `lockKeys`), which also cover several processes. `concurrency = 1` serialises writes.
 */
export class WritePool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly concurrency: number) {}

  /** Tasks queued or running. */
  get size(): number {
    return this.running + this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}
