import { rankBetween, ranksBetween, spreadRanks } from './ranks';

const sorted = (ranks: string[]) => [...ranks].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('board ranks', () => {
  test('start in the middle and step the integer part when appending or prepending', () => {
    expect(rankBetween(null, null)).toBe('a0');
    expect(rankBetween('a0', null)).toBe('a1');
    expect(rankBetween('az', null)).toBe('b00');
    expect(rankBetween(null, 'a0')).toBe('Zz');
    expect(rankBetween('a0', 'a1')).toBe('a0V');
  });

  test('refuse neighbours in the wrong order and malformed ranks', () => {
    expect(() => rankBetween('a1', 'a0')).toThrow();
    expect(() => rankBetween('a1', 'a1')).toThrow();
    expect(() => rankBetween('a10', null)).toThrow();
    expect(() => rankBetween('k', null)).toThrow();
  });

  test('stay ordered and distinct through a thousand random insertions, with no fraction ending in 0', () => {
    const ranks: string[] = [];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 1000; i++) {
      const at = Math.floor(random() * (ranks.length + 1));
      ranks.splice(at, 0, rankBetween(ranks[at - 1] ?? null, ranks[at] ?? null));
    }
    expect(sorted(ranks)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(1000);
    expect(Math.max(...ranks.map((r) => r.length))).toBeLessThanOrEqual(12);
  });

  test('grow logarithmically when appending to or prepending before a long column', () => {
    let last = rankBetween(null, null);
    let first = last;
    for (let i = 0; i < 100_000; i++) {
      last = rankBetween(last, null);
      first = rankBetween(null, first);
    }
    expect(last.length).toBeLessThanOrEqual(4);
    expect(first.length).toBeLessThanOrEqual(4);
    expect(first < last).toBe(true);
  });

  test('grow by about one character per six insertions at the same spot', () => {
    let next = rankBetween('a0', null);
    for (let i = 0; i < 60; i++) next = rankBetween('a0', next);
    expect(next.length).toBeLessThanOrEqual(14);
  });

  test('come in increasing runs for renumbering a column or filling a gap', () => {
    const spread = spreadRanks(500);
    expect(spread).toHaveLength(500);
    expect(sorted(spread)).toEqual(spread);
    expect(new Set(spread).size).toBe(500);
    const between = ranksBetween('a0', 'a1', 50);
    expect(sorted(['a0', ...between, 'a1'])).toEqual(['a0', ...between, 'a1']);
    expect(new Set(between).size).toBe(50);
    expect(ranksBetween(null, 'a0', 3).every((r) => r < 'a0')).toBe(true);
    expect(ranksBetween('a0', null, 0)).toEqual([]);
  });
});
