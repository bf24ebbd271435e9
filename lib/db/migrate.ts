import { applyMigrations } from './schema-engine';
import { domains, domainSchema } from './domains';

/** Applies pending migrations of the given domains (all by default); returns the names applied. */
export async function migrateDatabase(connectionString: string, only?: string[]): Promise<string[]> {
  const applied: string[] = [];
  for (const schema of only ? only.map(domainSchema) : domains) {
    for (const name of await applyMigrations(connectionString, schema)) applied.push(`${schema.domain}/${name}`);
  }
  return applied;
}
