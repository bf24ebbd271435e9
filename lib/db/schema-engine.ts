import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client, Pool } from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';

// The Prisma CLI downloads a native schema engine, which this network cannot reach; the WASM build
// of the same engine, driven through the pg driver adapter, applies and diffs migrations instead.
interface WasmSchemaEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
  free(): void;
}

interface Glue {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (options: unknown, log: (line: string) => void, adapter: unknown) => Promise<WasmSchemaEngine>;
  };
}

let gluePromise: Promise<Glue> | undefined;

// The engine reports Rust panics through this global; without it a panic surfaces as a TypeError.
const panicRegistry = {
  message: '',
  set_message(message: string) {
    this.message = message;
  },
};

function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
    const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const glue = (await import(path.join(pkgDir, 'schema_engine_bg.js'))) as Glue;
    const module = await WebAssembly.compile(await readFile(path.join(pkgDir, 'schema_engine_bg.wasm')));
    const instance = await WebAssembly.instantiate(module, {
      './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return glue;
  })();
  return gluePromise;
}

const noFilters = { externalTables: [], externalEnums: [] };

export interface DomainSchema {
  /** The domain's name, also its PostgreSQL schema, e.g. `users`. */
  domain: string;
  /** Absolute path of the folder holding schema.prisma and migrations/. */
  dir: string;
}

async function withEngine<T>(
  connectionString: string,
  schema: DomainSchema,
  defaultSchema: string,
  log: (line: string) => void,
  work: (engine: WasmSchemaEngine) => Promise<T>,
): Promise<T> {
  const glue = await loadGlue();
  // Our own pool, so its connections (one holds the migration advisory lock) close when the work is
  // done; a lingering one makes the next engine wait out its lock timeout.
  const pool = new Pool({ connectionString, options: `-c search_path="${defaultSchema}"`, max: 2 });
  // The engine connects at start even for a pure datamodel diff, so every call needs a reachable server.
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool, { schema: defaultSchema }));
  const datamodel = await readFile(path.join(schema.dir, 'schema.prisma'), 'utf8');
  const engine = await glue.SchemaEngine.new({ datamodels: [['schema.prisma', datamodel]] }, log, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

export async function readMigrationsList(dir: string) {
  const baseDir = path.join(dir, 'migrations');
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: await readFile(path.join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  );
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const lockContent = await readFile(lockPath, 'utf8').catch(() => null);
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies the domain's pending migrations; a no-op when all are applied. */
export async function applyMigrations(connectionString: string, schema: DomainSchema): Promise<string[]> {
  const logs: string[] = [];
  // The engine looks for _prisma_migrations in the domain's schema but creates it through the
  // search_path, so the schema must exist first.
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema.domain}"`);
  } finally {
    await client.end();
  }
  const migrationsList = await readMigrationsList(schema.dir);
  try {
    // The domain as the default schema keeps each domain's _prisma_migrations table beside its own tables.
    return await withEngine(
      connectionString,
      schema,
      schema.domain,
      (line) => logs.push(line),
      async (engine) => {
        const result = await engine.applyMigrations({ migrationsList, filters: noFilters });
        return result.appliedMigrationNames;
      },
    );
  } catch (error) {
    throw new Error(`Migrating the ${schema.domain} schema failed: ${describe(error)}\n${logs.join('\n')}`);
  }
}

/** The SQL that takes a database from one Prisma datamodel to another (the database is only connected to). */
export async function diffDatamodels(
  connectionString: string,
  schema: DomainSchema,
  from: string | null,
  to: string,
): Promise<string> {
  const target = (content: string) => ({ tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] });
  // With "public" as the default schema the generated SQL names every table with its schema.
  const result = await withEngine(
    connectionString,
    schema,
    'public',
    () => undefined,
    (engine) =>
      engine.diff({
        from: from === null ? { tag: 'empty' } : target(from),
        to: target(to),
        script: true,
        exitCode: null,
        shadowDatabaseUrl: null,
        filters: noFilters,
      }),
  );
  return result.stdout ?? '';
}

function describe(error: unknown): string {
  if (panicRegistry.message) return `${String(error)} (engine panic: ${panicRegistry.message})`;
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) return JSON.stringify(error);
  return String(error);
}
