/**
 * A one-line progress bar on stderr, plain ANSI: `[#####.....] 120/400 30% 41.2/s ETA 7s`.
 * On a terminal it redraws in place; otherwise (CI, a file) it prints a line every 10%.
 */
export class ProgressBar {
  private readonly started = Date.now();
  private lastPrintedTenth = -1;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly width = 30,
  ) {}

  update(done: number, note = ''): void {
    const now = Date.now();
    if (this.out.isTTY) {
      if (now - this.lastDraw < 80 && done < this.total) return;
      this.lastDraw = now;
      this.out.write(`\r\x1b[2K${this.line(done, note)}`);
      return;
    }
    const tenth = this.total ? Math.floor((done / this.total) * 10) : 10;
    if (tenth > this.lastPrintedTenth) {
      this.lastPrintedTenth = tenth;
      this.out.write(`${this.line(done, note)}\n`);
    }
  }

  finish(done: number, note = ''): void {
    if (this.out.isTTY) this.out.write(`\r\x1b[2K${this.line(done, note)}\n`);
    else if (this.lastPrintedTenth < 10) this.out.write(`${this.line(done, note)}\n`);
  }

  /** Articles per second so far. */
  rate(done: number): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? done / seconds : 0;
  }

  private line(done: number, note: string): string {
    const fraction = this.total ? Math.min(1, done / this.total) : 1;
    const filled = Math.round(fraction * this.width);
    const rate = this.rate(done);
    const eta = rate > 0 ? (this.total - done) / rate : NaN;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(this.width - filled)}]`;
    return `${bar} ${done}/${this.total} ${Math.round(fraction * 100)}% ${rate.toFixed(1)}/s ETA ${formatSeconds(eta)}${note ? `  ${note}` : ''}`;
  }
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '--';
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
