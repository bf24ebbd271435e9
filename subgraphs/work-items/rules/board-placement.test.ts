import { maxRankLength } from './ranks';
import { boardOrderBefore, isStrictlyBetween, placeInColumn, rankBetweenNeighbours } from './board-placement';

describe('rankBetweenNeighbours', () => {
  test('gives a rank strictly between the neighbours', () => {
    const rank = rankBetweenNeighbours('a1', 'a2')!;
    expect(rank > 'a1' && rank < 'a2').toBe(true);
    expect(rankBetweenNeighbours(null, 'a2')! < 'a2').toBe(true);
    expect(rankBetweenNeighbours('a2', null)! > 'a2').toBe(true);
  });

  test('is null when neighbours share a rank or are out of order', () => {
    expect(rankBetweenNeighbours('a5', 'a5')).toBeNull();
    expect(rankBetweenNeighbours('a7', 'a5')).toBeNull();
  });

  test('is null when the rank would be too long', () => {
    const long = `a0${'k'.repeat(maxRankLength - 2)}`;
    expect(rankBetweenNeighbours(long, `${long.slice(0, -1)}l`)).toBeNull();
  });
});

describe('placeInColumn', () => {
  const column = ['a', 'b', 'c', 'x'];

  test('places the item after afterId, before beforeId, or last', () => {
    expect(placeInColumn(column, 'x', { afterId: 'a', beforeId: null })).toEqual(['a', 'x', 'b', 'c']);
    expect(placeInColumn(column, 'x', { afterId: null, beforeId: 'a' })).toEqual(['x', 'a', 'b', 'c']);
    expect(placeInColumn(column, 'x', { afterId: 'b', beforeId: 'c' })).toEqual(['a', 'b', 'x', 'c']);
    expect(placeInColumn(column, 'x', { afterId: null, beforeId: null })).toEqual(['a', 'b', 'c', 'x']);
  });

  test('adds an item coming from another column', () => {
    expect(placeInColumn(['a', 'b'], 'n', { afterId: null, beforeId: 'b' })).toEqual(['a', 'n', 'b']);
  });
});

test('boardOrderBefore compares ranks, then ids', () => {
  expect(boardOrderBefore({ rank: 'a', id: '2' }, { rank: 'b', id: '1' })).toBe(true);
  expect(boardOrderBefore({ rank: 'b', id: '1' }, { rank: 'b', id: '2' })).toBe(true);
  expect(boardOrderBefore({ rank: 'b', id: '2' }, { rank: 'b', id: '2' })).toBe(false);
  expect(boardOrderBefore({ rank: 'c', id: '1' }, { rank: 'b', id: '2' })).toBe(false);
});

test('isStrictlyBetween treats null as an open end', () => {
  expect(isStrictlyBetween('m', 'a', 'z')).toBe(true);
  expect(isStrictlyBetween('m', null, null)).toBe(true);
  expect(isStrictlyBetween('a', 'a', null)).toBe(false);
  expect(isStrictlyBetween('z', null, 'z')).toBe(false);
});
