/** Lets long waits (blocking reads, retry backoff) end at once when a loop is stopped. */
export class StopSignal {
  private readonly wakers = new Set<() => void>();
  stopped = false;

  stop(): void {
    this.stopped = true;
    for (const wake of this.wakers) wake();
    this.wakers.clear();
  }

  /** Resolves true after `ms`, or false as soon as the signal stops. */
  sleep(ms: number): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(false);
      };
      const timer = setTimeout(() => {
        this.wakers.delete(wake);
        resolve(true);
      }, ms);
      this.wakers.add(wake);
    });
  }

  /** Resolves as soon as the signal stops; `cancel` forgets the wait once it no longer matters. */
  untilStopped(): { stopped: Promise<void>; cancel(): void } {
    if (this.stopped) return { stopped: Promise.resolve(), cancel: () => undefined };
    let wake!: () => void;
    const stopped = new Promise<void>((resolve) => (wake = resolve));
    this.wakers.add(wake);
    return { stopped, cancel: () => this.wakers.delete(wake) };
  }
}
