import { decodeGlobalId } from '../lib/ids';
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
  signedHeaders,
  signedTarget,
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
    const routerHeaders = { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` };
    const caller = decodeGlobalId(fixture.userId)!.id;
    const projectsUrl = urlOf(ports.projects);
    const isProject = (data: unknown) => (data as { project?: { key?: string } })?.project?.key === 'BENCH';
    await expectData(routerUrl, routerHeaders, body, isProject);
    await expectData(projectsUrl, signedHeaders(projectsUrl, body, caller), body, isProject);

    const results: Record<string, autocannon.Result> = {};
    results.router = await run({ url: routerUrl, method: 'POST', headers: routerHeaders, body, connections, duration });
    results.subgraph = await run({ ...signedTarget(projectsUrl, body, caller), connections, duration });

    // Fixed rate: the product target is CRUD through the router at 500 requests/s with p99 < 50 ms.
    const fixedRate = Number(process.env.BENCH_RATE ?? 500);
    const update = JSON.stringify({
      query: 'mutation($i: UpdateProjectInput!) { updateProject(input: $i) { project { description updatedAt } } }',
      variables: { i: { id: fixture.projectId, description: 'Benchmarked.' } },
    });
    await expectData(
      routerUrl,
      routerHeaders,
      update,
      (data) =>
        (data as { updateProject?: { project?: { description?: string } } })?.updateProject?.project?.description ===
        'Benchmarked.',
    );
    const atRate = {
      connections,
      duration,
      overallRate: fixedRate,
      method: 'POST' as const,
      url: routerUrl,
      headers: routerHeaders,
    };
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
