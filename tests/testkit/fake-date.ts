/**
 * Fakes only `Date`, from `now` on, still running (timers, I/O and promises stay real). The whole
 * stack runs in the test process, so event times, writes and "now" all follow it; move it with
 * `jest.setSystemTime`, always forward (access tokens and stream ids expect time to go on).
 */
export function fakeDateFrom(now: Date): void {
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
    advanceTimers: true,
    now,
  });
}
