import path from 'node:path';
import type { DomainSchema } from './schema-engine';

const prismaDir = path.resolve(__dirname, '../../prisma');

/** Every domain that owns tables, in the order their migrations are applied. */
export const domains: DomainSchema[] = ['users', 'projects'].map((domain) => ({
  domain,
  dir: path.join(prismaDir, domain),
}));

export function domainSchema(domain: string): DomainSchema {
  const found = domains.find((d) => d.domain === domain);
  if (!found) throw new Error(`Unknown domain "${domain}"`);
  return found;
}
