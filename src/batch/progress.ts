// A progress bar on a terminal (done/total, articles/s, ETA); nothing off a terminal.
export class Progress {
  private readonly started = performance.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  tick(done: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (done < this.total && now - this.last < 100) return; // at most ten redraws a second
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = done / Math.max(secs, 1e-3);
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    const width = 24;
    const filled = Math.round((done / Math.max(this.total, 1)) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} articles  ${rate.toFixed(1)}/s  ETA ${eta.toFixed(0)}s `,
    );
    this.shown = true;
  }

  /** Print a line (a failure, say) without breaking the bar. */
  note(line: string, log: (l: string) => void): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    log(line);
  }

  done(): void {
    if (this.shown) process.stderr.write('\n');
    this.shown = false;
  }
}
