import { z } from 'zod';
import { parseRow, parseRows } from './parse-rows';

const CountRow = z.object({ projectId: z.string().uuid(), count: z.number().int() });

describe('parseRows', () => {
  it('returns the rows typed when every row fits its schema', () => {
    const rows = [{ projectId: '6f1c2a9e-8b7d-4c3a-9e2f-1a2b3c4d5e6f', count: 3 }];
    expect(parseRows('memberCounts', CountRow, rows)).toEqual(rows);
  });

  it('names the query and the column when a row does not fit, without the row itself', () => {
    const rows = [{ projectId: '6f1c2a9e-8b7d-4c3a-9e2f-1a2b3c4d5e6f', count: BigInt(3) }];
    expect(() => parseRows('memberCounts', CountRow, rows)).toThrow(/^memberCounts: row 0 does not fit \(count: /);
  });

  it('refuses an answer that is not a list of rows', () => {
    expect(() => parseRows('memberCounts', CountRow, 3)).toThrow('memberCounts: the database answered something');
  });
});

describe('parseRow', () => {
  it('returns the single row of a query that answers one', () => {
    expect(parseRow('total', z.object({ n: z.number() }), [{ n: 1 }])).toEqual({ n: 1 });
  });

  it('throws when a query that must answer one row answers none or several', () => {
    expect(() => parseRow('total', z.object({ n: z.number() }), [])).toThrow('total: expected one row.');
    expect(() => parseRow('total', z.object({ n: z.number() }), [{ n: 1 }, { n: 2 }])).toThrow('expected one row');
  });
});
