import { subgraphRegistry } from '../../subgraphs/registry';

/**
 * What a subgraph's scopes are called where its domain name is not what people grant: the
 * integrations subgraph's resource is `webhooks`, and writing it is administering them.
 */
const overrides: Readonly<Record<string, { resource: string; write: string; label: string }>> = {
  integrations: { resource: 'webhooks', write: 'admin', label: 'webhooks and integrations' },
};

/** What the schema's cost model assumes a list of scopes holds (`@listSize(assumedSize: 50)`): 25 subgraphs. */
export const maxApiScopes = 50;

export type ScopeLevel = 'read' | 'write';

export interface ApiScope {
  /** `<resource>:<level>`, for example `work_items:read`. */
  name: string;
  description: string;
  /** The subgraph whose fields it opens. */
  subgraph: string;
  level: ScopeLevel;
}

export interface ScopeResource {
  subgraph: string;
  resource: string;
  read: string;
  write: string;
}

function resourceOf(subgraph: string, domain: string): ScopeResource {
  const override = overrides[subgraph];
  const resource = override?.resource ?? domain;
  return { subgraph, resource, read: `${resource}:read`, write: `${resource}:${override?.write ?? 'write'}` };
}

/** One resource per subgraph of the registry, so a new subgraph has its scopes without an edit here. */
export const scopeResources: readonly ScopeResource[] = subgraphRegistry.map((entry) =>
  resourceOf(entry.name, entry.domain),
);

const bySubgraph = new Map(scopeResources.map((resource) => [resource.subgraph, resource]));

/** The resource of a subgraph by name; one not in the registry still gets the generic names. */
export const scopeResourceOfSubgraph = (subgraph: string): ScopeResource =>
  bySubgraph.get(subgraph) ?? resourceOf(subgraph, subgraph.replace(/-/g, '_'));

const labelOf = (subgraph: string) => overrides[subgraph]?.label ?? subgraph.replace(/-/g, ' ');

/** Every scope a token may hold, read then write for each subgraph in registry order. */
export const apiScopes: readonly ApiScope[] = scopeResources.flatMap((resource) => [
  {
    name: resource.read,
    subgraph: resource.subgraph,
    level: 'read' as const,
    description: `Read ${labelOf(resource.subgraph)}: every field the ${resource.subgraph} service answers, and its live subscriptions.`,
  },
  {
    name: resource.write,
    subgraph: resource.subgraph,
    level: 'write' as const,
    description: `Change ${labelOf(resource.subgraph)}: every mutation of the ${resource.subgraph} service. Includes ${resource.read}.`,
  },
]);

const known = new Set(apiScopes.map((scope) => scope.name));
const readOfWrite = new Map(scopeResources.map((resource) => [resource.write, resource.read]));

export const isApiScope = (name: string): boolean => known.has(name);

/** What a set of granted scopes allows: each scope, and the read scope each write scope implies. */
export function effectiveScopes(granted: Iterable<string>): ReadonlySet<string> {
  const scopes = new Set<string>();
  for (const scope of granted) {
    scopes.add(scope);
    const read = readOfWrite.get(scope);
    if (read) scopes.add(read);
  }
  return scopes;
}
