import { fetchDirection, inDirections, prismaKeyset, startId } from './keyset';
import { parsePage } from './relay';

describe('keyset pages', () => {
  it('fetch in the connection’s order, or its reverse for last/before', () => {
    expect(fetchDirection(parsePage({ first: 2 }))).toBe('ASC');
    expect(fetchDirection(parsePage({ last: 2 }))).toBe('DESC');
    expect(fetchDirection(parsePage({ first: 2 }), 'DESC')).toBe('DESC');
    expect(fetchDirection(parsePage({ last: 2 }), 'DESC')).toBe('ASC');
  });

  it('start a first page’s tie-breaker below or above every uuid in the walk’s direction', () => {
    const ids = ['00000000-0000-0000-0000-000000000001', 'fffffffe-ffff-ffff-ffff-ffffffffffff'];
    expect(ids.every((id) => startId('ASC') < id && id < startId('DESC'))).toBe(true);
  });

  it('run a batch as one fetch per direction present and return the pages in request order', async () => {
    const requests = [
      { id: 'a', direction: 'ASC' as const },
      { id: 'b', direction: 'DESC' as const },
      { id: 'c', direction: 'ASC' as const },
    ];
    const fetches: string[][] = [];
    const pages = await inDirections(requests, async (group) => {
      fetches.push(group.map((r) => r.id));
      return group.map((r) => [`${r.id}:${r.direction}`]);
    });
    expect(pages).toEqual([['a:ASC'], ['b:DESC'], ['c:ASC']]);
    expect(fetches.sort()).toEqual([['a', 'c'], ['b']]);
    const one = await inDirections(requests.slice(0, 1), async (group) => group.map(() => ['x']));
    expect(one).toEqual([['x']]);
  });

  it('give Prisma a condition beyond the cursor in the walk’s direction, beside any OR of the caller', () => {
    const at = new Date('2026-01-01T00:00:00.000Z');
    expect(prismaKeyset('createdAt', null, 'DESC')).toEqual({
      where: {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    expect(prismaKeyset('createdAt', { value: at, id: 'i' }, 'DESC').where).toEqual({
      AND: [{ OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: 'i' } }] }],
    });
    expect(prismaKeyset('createdAt', { value: at, id: 'i' }, 'ASC').where).toEqual({
      AND: [{ OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: 'i' } }] }],
    });
  });
});
