// npm run advisories:refresh [-- --registry URL]
// Asks the registry's bulk advisory endpoint about every package version of the production tree and
// rewrites security/advisories.json: its `registry` entries are replaced by the answer, the others (from
// reviews) are kept, and the date becomes today. When the endpoint cannot be reached it says so, leaves
// the snapshot as it is and exits 2.
import { readFileSync, writeFileSync } from 'node:fs';
import semver from 'semver';
import {
  advisoriesFromBulk,
  defaultPaths,
  mergeAdvisories,
  productionPackages,
  readJson,
  validateSnapshot,
  type AdvisorySnapshot,
  type PackageLock,
} from './advisories';

const timeoutMs = 30_000;

export class EndpointUnreachable extends Error {}

export function registryUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.npm_config_registry || 'https://registry.npmjs.org/').replace(/\/?$/, '/');
}

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new EndpointUnreachable(`${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
  if (!res.ok) {
    const allow = res.headers.get('allow');
    throw new EndpointUnreachable(`HTTP ${res.status} ${res.statusText}${allow ? ` (allows only ${allow})` : ''}`);
  }
  return (await res.json()) as Record<string, unknown>;
}

/** Published versions of each package (GET requests, which reach the registry where POST may not). */
async function publishedVersions(registry: string, names: string[]): Promise<Map<string, string[]>> {
  const versions = new Map<string, string[]>();
  for (const name of names) {
    try {
      const res = await fetch(`${registry}${name.replace('/', '%2F')}`, {
        headers: { accept: 'application/vnd.npm.install-v1+json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.ok) versions.set(name, Object.keys(((await res.json()) as { versions?: object }).versions ?? {}));
    } catch {
      // Without the list the entry keeps `patched: null`; the advisory itself is what matters.
    }
  }
  return versions;
}

/**
 * The lowest published release, above the lowest affected version Workgraph has, that is outside the
 * vulnerable range: for uuid 9.0.1 and `<11.1.1 || >=12.0.0 <13.0.1` that is 11.1.1.
 */
export function firstPatched(published: string[], vulnerable: string, installed: string[]): string | null {
  const affected = (v: string) => semver.satisfies(v, vulnerable, { includePrerelease: true });
  const from = installed.filter(affected).sort(semver.compare)[0];
  if (!from) return null;
  const releases = published.filter((v) => semver.valid(v) && !semver.prerelease(v)).sort(semver.compare);
  return releases.find((v) => semver.gt(v, from) && !affected(v)) ?? null;
}

export async function refreshSnapshot(options: {
  lock: PackageLock;
  snapshot: AdvisorySnapshot;
  registry: string;
  today: Date;
}): Promise<AdvisorySnapshot> {
  const { shipped } = productionPackages(options.lock);
  const request: Record<string, string[]> = {};
  for (const p of shipped) request[p.name] = [...(request[p.name] ?? []), p.version];
  const answer = await post(`${options.registry}-/npm/v1/security/advisories/bulk`, request);
  const versions = await publishedVersions(options.registry, Object.keys(answer));
  const fresh = advisoriesFromBulk(answer, (name, range) =>
    firstPatched(versions.get(name) ?? [], range, request[name] ?? []),
  );
  return validateSnapshot({
    ...options.snapshot,
    date: options.today.toISOString().slice(0, 10),
    advisories: mergeAdvisories(options.snapshot.advisories, fresh, 'registry'),
  });
}

async function main(): Promise<number> {
  const i = process.argv.indexOf('--registry');
  const registry = i === -1 ? registryUrl() : registryUrl({ npm_config_registry: process.argv[i + 1] });
  const snapshotPath = defaultPaths.snapshot;
  const snapshot = validateSnapshot(readJson<AdvisorySnapshot>(snapshotPath));
  try {
    const refreshed = await refreshSnapshot({
      lock: readJson<PackageLock>(defaultPaths.lock),
      snapshot,
      registry,
      today: new Date(),
    });
    const before = readFileSync(snapshotPath, 'utf8');
    writeFileSync(snapshotPath, `${JSON.stringify(refreshed, null, 2)}\n`);
    const fromRegistry = refreshed.advisories.filter((a) => a.source === 'registry').length;
    console.log(
      `security/advisories.json refreshed: dated ${refreshed.date}, ${refreshed.advisories.length} advisories ` +
        `(${fromRegistry} from the registry)${before === readFileSync(snapshotPath, 'utf8') ? ', unchanged' : ''}`,
    );
    console.log('Run npm run advisories:check, then fix, or accept in security/accepted.json and SECURITY.md.');
    return 0;
  } catch (error) {
    if (!(error instanceof EndpointUnreachable)) throw error;
    console.error(
      `Cannot reach the registry's bulk advisory endpoint: POST ${registry}-/npm/v1/security/advisories/bulk`,
    );
    console.error(`  answered: ${error.message}`);
    console.error(`security/advisories.json was NOT refreshed; it stays dated ${snapshot.date}.`);
    console.error('Run this where the registry accepts POST requests (npm audit needs the same endpoint).');
    return 2;
  }
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
