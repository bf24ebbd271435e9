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
    ['a cursor before the first item', encodeCursor(['0']), 'after'],
    ['garbage', '%%%', 'after'],
  ])('refuses %s as bad input naming `after`', (_label, after, field) => {
    expect(() => indexPage(letters, { after }, sizes)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }),
    );
  });

  it('refuses more than its largest page', () => {
    expect(() => indexPage(letters, { first: 4 }, sizes)).toThrow(
      expect.objectContaining({ details: { field: 'first' } }),
    );
  });
});
