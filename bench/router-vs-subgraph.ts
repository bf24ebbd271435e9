import { decodeGlobalId } from '../lib/ids';
import { signRequest } from '../lib/signing';
import type autocannon from 'autocannon';
import {
  benchDatabase,
  benchEnv,
  connections,
  duration,
  expectData,
  ports,
  printResults,
  run,
  seedFixture,
  signingSecret,
  spawnTs,
  stopChild,
  urlOf,
  waitFor,
} from './support';

// The same read query through the router and straight at the subgraph that owns it, side by side in
// one run; then CRUD through the router at a fixed rate. The supergraph runs in a child process
// (like `npm start`); autocannon runs here.
async function main() {
  const database = await benchDatabase();
  const supergraph = spawnTs('scripts/start.ts', benchEnv(database.url));
  try {
    const routerUrl = urlOf(ports.router);
    await waitFor(`http://127.0.0.1:${ports.router}/readyz`);
    const fixture = await seedFixture(routerUrl);
    const body = JSON.stringify({
      query: 'query($id: ID!) { project(id: $id) { key name description viewerRole } }',
      variables: { id: fixture.projectId },
    });
    const targets = {
      router: {
        url: routerUrl,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` },
      },
      subgraph: {
        url: urlOf(ports.projects),
        // Signed once: the run stays well inside the 60 s freshness window.
        headers: {
          'content-type': 'application/json',
          ...signRequest(signingSecret, body, decodeGlobalId(fixture.userId)!.id),
        },
      },
    };
    const isProject = (data: unknown) => (data as { project?: { key?: string } })?.project?.key === 'BENCH';
    for (const target of Object.values(targets)) await expectData(target.url, target.headers, body, isProject);

    const results: Record<string, autocannon.Result> = {};
    for (const [name, target] of Object.entries(targets)) {
      results[name] = await run({ method: 'POST', body, connections, duration, ...target });
    }

    // Fixed rate: the product target is CRUD through the router at 500 requests/s with p99 < 50 ms.
    const fixedRate = Number(process.env.BENCH_RATE ?? 500);
    const update = JSON.stringify({
      query: 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { description updatedAt } } }',
      variables: { i: { id: fixture.projectId, description: 'Benchmarked.' } },
    });
    await expectData(
      routerUrl,
      targets.router.headers,
      update,
      (data) =>
        (data as { updateProject?: { project?: { description?: string } } })?.updateProject?.project?.description ===
        'Benchmarked.',
    );
    const atRate = { connections, duration, overallRate: fixedRate, method: 'POST' as const, ...targets.router };
    results[`router read @${fixedRate}/s`] = await run({ ...atRate, body });
    results[`router write @${fixedRate}/s`] = await run({ ...atRate, body: update });

    printResults(results);
    const ratio = results.router!.requests.average / results.subgraph!.requests.average;
    console.log(`router / subgraph throughput: ${ratio.toFixed(2)} (${connections} connections, ${duration} s each)`);
  } finally {
    await stopChild(supergraph);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
