/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): one 32-bit word of state, fast,
 * and good enough for resampling; not for anything secret. Hot loops keep the state in a local and
 * call `nextState` and `unitOf`, which V8 inlines; a closure's captured state is slower.
 */
export type Random = () => number;

export const nextState = (state: number): number => (state + 0x6d2b79f5) >>> 0;

/** The generator's output for a state, as a float in [0, 1). */
export function unitOf(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** The state for a seed: any integer, taken modulo 2^32. */
export const seedState = (seed: number): number => seed >>> 0;

/** A generator of floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seedState(seed);
  return () => unitOf((state = nextState(state)));
}
