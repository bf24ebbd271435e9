import { byId, groupedBy } from './loader-results';

describe('loader results', () => {
  it('answers one row or null per id, in the order asked', () => {
    const rows = [
      { id: 'b', n: 2 },
      { id: 'a', n: 1 },
    ];
    expect(byId(['a', 'c', 'b', 'a'], rows)).toEqual([{ id: 'a', n: 1 }, null, { id: 'b', n: 2 }, { id: 'a', n: 1 }]);
  });

  it('groups rows by key, keeping row order, with empty lists for keys without rows', () => {
    const rows = [
      { p: 'x', v: 1 },
      { p: 'y', v: 2 },
      { p: 'x', v: 3 },
      { p: 'z', v: 4 },
    ];
    expect(groupedBy(['x', 'w', 'y'], rows, (row) => row.p)).toEqual([[rows[0], rows[2]], [], [rows[1]]]);
  });
});
