import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { subgraphRegistry } from '../../../subgraphs/registry';
import { routerEnv } from '../../../router/config';
import { subgraphProcessEnv } from '../../../lib/server/subgraph-env';
import { subgraphDeclaration } from '../../../subgraphs/declarations';

interface ComposeService {
  command?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, unknown>;
}

const compose = parse(readFileSync(path.resolve(__dirname, '../../../docker-compose.yml'), 'utf8'), {
  merge: true,
}) as {
  services: Record<string, ComposeService>;
};
const envSchemas: Record<string, z.ZodObject> = {
  router: routerEnv,
  ...Object.fromEntries(subgraphRegistry.map((s) => [s.name, subgraphProcessEnv(subgraphDeclaration(s.name))])),
};
const service = (name: string) => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service "${name}"`);
  return found;
};

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Redis, the router and every subgraph as separate services with health checks', () => {
    const names = ['postgres', 'redis', 'router', ...subgraphRegistry.map((s) => s.name)];
    for (const name of names) expect(service(name).healthcheck?.test.length).toBeGreaterThan(0);
  });

  it.each(subgraphRegistry.map((s) => [s.name, s] as const))(
    'starts the %s subgraph on its registered port and points the router at it',
    (name, entry) => {
      const env = service(name).environment ?? {};
      expect(env[entry.portEnv]).toBe(String(entry.defaultPort));
      expect(service(name).command?.join(' ')).toContain(`scripts/start-subgraph.ts ${name}`);
      expect(service(name).healthcheck?.test.join(' ')).toContain(`:${entry.defaultPort}/`);
      expect(service('router').environment?.[entry.urlEnv]).toBe(`http://${name}:${entry.defaultPort}/graphql`);
    },
  );

  it.each(Object.keys(envSchemas))(
    'gives the %s service only variables its configuration reads, and valid values',
    (name) => {
      const schema = envSchemas[name]!;
      const env = service(name).environment ?? {};
      const known = Object.keys(schema.shape);
      expect(Object.keys(env).filter((key) => !known.includes(key))).toEqual([]);
      const resolved = Object.fromEntries(
        Object.entries(env).map(([key, value]) => [key, value.replace(/\$\{[A-Z_]+:\?[^}]*\}/, 'x'.repeat(40))]),
      );
      expect(schema.safeParse(resolved).success).toBe(true);
    },
  );

  it('starts every service after services that exist, never after itself', () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      const dependencies = Object.keys(definition.depends_on ?? {});
      expect(dependencies).not.toContain(name);
      for (const dependency of dependencies) expect(Object.keys(compose.services)).toContain(dependency);
    }
  });

  it('connects the router and the publishing subgraphs to the same Redis, which keeps its data', () => {
    for (const name of ['router', 'projects', 'work-items', 'sprints', 'notifications']) {
      expect(service(name).environment?.REDIS_URL).toBe('redis://redis:6379');
      expect(Object.keys(service(name).depends_on ?? {})).toContain('redis');
    }
    expect(service('redis').command).toEqual(expect.arrayContaining(['--appendonly', 'yes']));
  });

  it('exposes the router on its configured port', () => {
    expect(service('router').ports).toEqual([`${service('router').environment?.ROUTER_PORT}:4000`]);
  });
});
