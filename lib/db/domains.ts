import { subgraphRegistry } from '../../subgraphs/registry';
import type { DomainSchema } from './schema-engine';

/** Every domain that owns tables (its PostgreSQL schema and its prisma/ folder), in registry order. */
export const domains: DomainSchema[] = subgraphRegistry.map((entry) => ({
  domain: entry.domain,
  dir: entry.prismaDir,
}));

export function domainSchema(domain: string): DomainSchema {
  const found = domains.find((d) => d.domain === domain);
  if (!found) throw new Error(`Unknown domain "${domain}"`);
  return found;
}
