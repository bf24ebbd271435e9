import { deepestFirst } from './bulk-lifecycle';

describe('deepestFirst', () => {
  const parents: Record<string, string | null> = {
    epic: null,
    story: 'epic',
    sub: 'story',
    other: 'outside',
    lone: null,
  };
  const parentOf = (id: string) => parents[id] ?? null;

  it('puts children before their parents, one level per depth among the listed ids', () => {
    expect(deepestFirst(['epic', 'story', 'sub', 'lone'], parentOf)).toEqual([['sub'], ['story'], ['epic', 'lone']]);
  });

  it('counts an item whose parent is not listed as a root', () => {
    expect(deepestFirst(['sub', 'other'], parentOf)).toEqual([['sub', 'other']]);
  });

  it('gives nothing for no ids', () => {
    expect(deepestFirst([], parentOf)).toEqual([]);
  });
});
