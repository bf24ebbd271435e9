import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dataOf, graphql, useTestStack } from '../testkit';
import { startSupergraphCommand } from '../testkit/start-command';

// SECURITY.md rests two findings on what a running Workgraph does: the Prisma CLI (which bundles a
// vulnerable effect) and its dependencies never load in a service, and no OpenTelemetry propagator is
// registered, so @opentelemetry/core's W3CBaggagePropagator never parses a request's baggage header.

const stack = useTestStack();

interface Recorded {
  modules: string[];
  propagatorFields: string[];
  baggageExtracted: boolean;
}

/** `npm start` on the stack's database, one sign-up through its router, then Ctrl-C; what it loaded. */
async function runSupergraph(): Promise<Recorded> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workgraph-runtime-'));
  const recordFile = path.join(dir, 'runtime.json');
  const recorder = path.join(__dirname, 'fixtures/record-runtime.cjs');
  // As `npm start` runs it: node --import tsx scripts/start.ts.
  const started = await startSupergraphCommand(
    process.execPath,
    ['--require', recorder, '--import', 'tsx', 'scripts/start.ts'],
    { ...process.env, DATABASE_URL: stack.databaseUrl, RECORD_RUNTIME_TO: recordFile },
  );
  try {
    const signUp = await graphql(
      started.routerUrl,
      'mutation($i: SignUpInput!) { signUp(input: $i) { user { name } } }',
      { i: { email: `runtime-${Date.now()}@example.com`, password: 'a long enough password', name: 'Runtime' } },
    );
    expect(dataOf(signUp).signUp.user.name).toBe('Runtime');
    started.child.kill('SIGINT');
    expect(await started.exited).toBe(0);
    return JSON.parse(readFileSync(recordFile, 'utf8')) as Recorded;
  } finally {
    if (started.child.exitCode === null) started.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a running supergraph (npm start)', () => {
  it('loads neither the Prisma CLI nor its effect and mysql2, and parses no baggage header', async () => {
    const { modules, propagatorFields, baggageExtracted } = await runSupergraph();
    const packages = new Set(modules.map((file) => /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]));
    // The recorder sees the packages a service does load, so an absence below is one.
    for (const used of ['@prisma/client', '@prisma/adapter-pg', '@apollo/gateway', 'pg', '@opentelemetry/core']) {
      expect(packages.has(used)).toBe(true);
    }
    for (const cliOnly of ['prisma', '@prisma/config', 'effect', 'mysql2']) {
      expect(packages.has(cliOnly)).toBe(false);
    }
    // No propagator registered: OpenTelemetry's API answers with its no-op one.
    expect(propagatorFields).toEqual([]);
    expect(baggageExtracted).toBe(false);
  }, 90_000);
});
