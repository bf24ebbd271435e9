import { startEmbeddedPostgres } from '../../lib/db/embedded-postgres';

// Runs the embedded PostgreSQL for one test run; the parent reads the URL and sends SIGTERM to stop it.
async function main() {
  const db = await startEmbeddedPostgres({
    dir: process.env.EMBEDDED_POSTGRES_DIR,
    preferredPort: 55432,
    database: 'postgres',
  });
  const stop = () => {
    db.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`READY ${db.url}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
