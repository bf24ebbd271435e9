import { startEmbeddedPostgres } from './embedded-postgres';

/** DATABASE_URL when set; otherwise an embedded PostgreSQL that lives as long as this process. */
export async function resolveDatabaseUrl(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ url: string; embedded: boolean; stop: () => Promise<void> }> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const db = await startEmbeddedPostgres({
    dir: env.EMBEDDED_POSTGRES_DIR,
    preferredPort: env.EMBEDDED_POSTGRES_PORT ? Number(env.EMBEDDED_POSTGRES_PORT) : undefined,
  });
  return { url: db.url, embedded: true, stop: db.stop };
}
