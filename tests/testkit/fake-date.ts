import type { Config } from '@jest/types';

/**
 * Fakes only `Date`, from `now` on, still running (timers, I/O and promises stay real). The whole
 * stack runs in the test process, so event times, writes and "now" all follow it; move it with
 * `jest.setSystemTime`, always forward (access tokens and stream ids expect time to go on).
 */
export function fakeDateFrom(now: Date): void {
  jest.useFakeTimers({ doNotFake: everythingButDate, advanceTimers: true, now });
}

/**
 * Fakes only `Date`, frozen at `now`: time moves only when the test moves it (`jest.setSystemTime`),
 * so a test about durations (blocks, windows) says exactly how much time passed, however slow the
 * machine. Undo with `jest.useRealTimers()`.
 */
export function freezeDateAt(now: Date): void {
  jest.useFakeTimers({ doNotFake: everythingButDate, advanceTimers: false, now });
}

const everythingButDate: Config.FakeableAPI[] = [
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
];
