import { encodeCursor } from '../../../lib/relay';
import { indexPage } from './index-pages';

const sizes = { default: 2, max: 3 };
const letters = ['a', 'b', 'c', 'd', 'e'];

describe('indexPage', () => {
  it('pages through a computed list in order, each cursor resuming after its item', async () => {
    const first = indexPage(letters, {}, sizes);
    expect(first.edges.map((edge) => edge.node)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = indexPage(letters, { first: 3, after: first.pageInfo.endCursor }, sizes);
    expect(last.edges.map((edge) => edge.node)).toEqual(['c', 'd', 'e']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(await last.totalCount()).toBe(5);
  });

  it.each([
    ['a cursor of no position', encodeCursor(['x']), 'after'],
    ['a negative position', encodeCursor(['-1']), 'after'],
    ['garbage', '%%%', 'after'],
  ])('refuses %s as bad input naming `after`', (_label, after, field) => {
    expect(() => indexPage(letters, { after }, sizes)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }),
    );
  });

  it('pages backward from the end with last and before, as forward pages read', () => {
    const end = indexPage(letters, { last: 2 }, sizes);
    expect(end.edges.map((edge) => edge.node)).toEqual(['d', 'e']);
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = indexPage(letters, { last: 3, before: end.pageInfo.startCursor }, sizes);
    expect(before.edges.map((edge) => edge.node)).toEqual(['a', 'b', 'c']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const forward = indexPage(letters, { first: 2, after: before.edges[0]!.cursor }, sizes);
    expect(forward.edges.map((edge) => edge.node)).toEqual(['b', 'c']);
  });

  it('refuses more than its largest page', () => {
    expect(() => indexPage(letters, { first: 4 }, sizes)).toThrow(
      expect.objectContaining({ details: { field: 'first' } }),
    );
  });
});
