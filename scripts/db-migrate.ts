import { migrateDatabase } from '../lib/db/migrate';
import { resolveDatabaseUrl } from '../lib/db/resolve-database-url';

async function main() {
  const { url, stop } = await resolveDatabaseUrl();
  try {
    const applied = await migrateDatabase(url);
    console.log(applied.length ? `Applied:\n  ${applied.join('\n  ')}` : 'The database is up to date.');
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
