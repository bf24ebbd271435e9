import type { RestRoute } from './route';

export const restBasePath = '/api/v1';
export const openApiPath = `${restBasePath}/openapi.json`;

interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  names: string[];
  /** Literal segments count first: `/work-items/by-key` wins over `/work-items/{id}`. */
  literals: number;
}

export type RouteMatch =
  | { kind: 'route'; route: RestRoute; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

function compile(route: RestRoute): CompiledRoute {
  const names: string[] = [];
  const segments = route.path.split('/').filter(Boolean);
  const source = segments
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!name) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('/');
  return {
    route,
    pattern: new RegExp(`^${restBasePath}/${source}$`),
    names,
    literals: segments.length - names.length,
  };
}

/**
 * Finds the route of a request: the most specific path template matching the path (literal
 * segments first), then its method; or the methods that path takes (405), or none (404).
 */
export function createRouteTable(routes: readonly RestRoute[]) {
  const compiled = routes.map(compile).sort((a, b) => b.literals - a.literals);
  return {
    match(method: string, pathname: string): RouteMatch {
      const first = compiled.find((candidate) => candidate.pattern.test(pathname));
      if (!first) return { kind: 'not-found' };
      const sameResource = compiled.filter((candidate) => candidate.route.path === first.route.path);
      const wanted = method === 'HEAD' ? 'GET' : method;
      const found = sameResource.find((candidate) => candidate.route.method === wanted);
      if (!found) {
        const allow = sameResource.flatMap(({ route }) => (route.method === 'GET' ? ['GET', 'HEAD'] : [route.method]));
        return { kind: 'method-not-allowed', allow };
      }
      const values = found.pattern.exec(pathname)!.slice(1);
      try {
        const params = Object.fromEntries(found.names.map((name, i) => [name, decodeURIComponent(values[i]!)]));
        return { kind: 'route', route: found.route, params };
      } catch {
        return { kind: 'not-found' };
      }
    },
  };
}
