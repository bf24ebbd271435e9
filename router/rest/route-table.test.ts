import { createRouteTable } from './route-table';
import type { RestRoute } from './route';

const route = (method: RestRoute['method'], path: string) =>
  ({ method, path, operationId: `${method} ${path}` }) as RestRoute;

describe('the route table', () => {
  const table = createRouteTable([
    route('GET', '/work-items/{key}'),
    route('PATCH', '/work-items/{key}'),
    route('GET', '/notifications/{id}'),
    route('GET', '/notifications/unread-count'),
  ]);

  it('finds a route by method and path, decoding its parameters, and serves HEAD with GET', () => {
    expect(table.match('GET', '/api/v1/work-items/WEB-1')).toMatchObject({ kind: 'route', params: { key: 'WEB-1' } });
    expect(table.match('HEAD', '/api/v1/work-items/a%20b')).toMatchObject({ kind: 'route', params: { key: 'a b' } });
  });

  it('prefers literal segments over parameters', () => {
    expect(table.match('GET', '/api/v1/notifications/unread-count')).toMatchObject({
      route: { operationId: 'GET /notifications/unread-count' },
    });
  });

  it('says which methods a known path takes, and that an unknown one is not found', () => {
    expect(table.match('DELETE', '/api/v1/work-items/WEB-1')).toEqual({
      kind: 'method-not-allowed',
      allow: ['GET', 'HEAD', 'PATCH'],
    });
    expect(table.match('GET', '/api/v1/work-items/WEB-1/nothing')).toEqual({ kind: 'not-found' });
    expect(table.match('GET', '/api/v1/work-items/%E0%A4%A')).toEqual({ kind: 'not-found' });
  });
});
