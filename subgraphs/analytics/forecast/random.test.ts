import { mulberry32 } from './random';

describe('mulberry32', () => {
  it('gives the words of the reference C implementation, divided by 2^32', () => {
    // From the C original (state += 0x6D2B79F5 …) compiled with gcc, seeds 0 and 42.
    const words = (seed: number) => {
      const random = mulberry32(seed);
      return [random(), random(), random()].map((x) => x * 4294967296);
    };
    expect(words(0)).toEqual([1144304738, 1416247, 958946056]);
    expect(words(42)).toEqual([2581720956, 1925393290, 3661312704]);
  });

  it('repeats itself for the same seed and stays within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('takes negative and large seeds modulo 2^32', () => {
    expect(mulberry32(-1)()).toBe(mulberry32(4294967295)());
  });
});
