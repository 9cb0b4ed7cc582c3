/**
 * Runs async tasks one at a time, in arrival order. Ingest writes go through one queue per
 * process so that resolution (read candidates, decide, MERGE) never races with itself; lock nodes
 * in the graph cover several processes.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  /** Tasks queued or running. */
  get size(): number {
    return this.waiting;
  }

  run<T>(task: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(task, task);
    this.tail = result.then(
      () => this.waiting--,
      () => this.waiting--,
    );
    return result;
  }
}
