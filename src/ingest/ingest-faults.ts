import { Injectable } from '@nestjs/common';

/**
 * Points inside an article's write transaction where a fault can be injected: after the locks are
 * taken and the candidates read, and after everything is written but before the commit.
 */
export type FaultPoint = 'before-write' | 'after-write';

/** The error an armed fault throws. */
export class InjectedFaultError extends Error {
  override name = 'InjectedFaultError';
  constructor(readonly point: FaultPoint) {
    super(`injected fault at ${point}`);
  }
}

/**
 * A designed-in seam for proving atomicity: tests arm a point, the next ingest throws there,
 * inside its transaction, and the whole article rolls back. Nothing arms it in production;
 * `reach()` is a Set lookup on an empty set.
 * @example app.get(IngestFaults).arm('after-write')
 */
@Injectable()
export class IngestFaults {
  private readonly armed = new Set<FaultPoint>();

  arm(point: FaultPoint): void {
    this.armed.add(point);
  }

  disarm(): void {
    this.armed.clear();
  }

  /** Throws once if the point is armed (the fault disarms itself, so a retry can succeed). */
  reach(point: FaultPoint): void {
    if (!this.armed.has(point)) return;
    this.armed.delete(point);
    throw new InjectedFaultError(point);
  }
}
