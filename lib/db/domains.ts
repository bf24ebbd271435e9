import path from 'node:path';
import type { DomainSchema } from './schema-engine';

const prismaDir = path.resolve(__dirname, '../../prisma');

/** Every domain that owns tables (its PostgreSQL schema and its prisma/ folder), in migration order. */
export const domains: DomainSchema[] = [
  ['users', 'users'],
  ['projects', 'projects'],
  ['work_items', 'work-items'],
  ['sprints', 'sprints'],
  ['notifications', 'notifications'],
].map(([domain, folder]) => ({ domain: domain!, dir: path.join(prismaDir, folder!) }));

export function domainSchema(domain: string): DomainSchema {
  const found = domains.find((d) => d.domain === domain);
  if (!found) throw new Error(`Unknown domain "${domain}"`);
  return found;
}
