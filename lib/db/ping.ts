import { Client } from 'pg';

/** Resolves when the database answers `SELECT 1` within two seconds; for readiness checks. */
export async function pingDatabase(connectionString: string): Promise<void> {
  const client = new Client({ connectionString, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query('SELECT 1');
  } finally {
    await client.end();
  }
}
