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
  spawnTs,
  stopChild,
  urlOf,
  waitFor,
} from './support';

// Workgraph's router against a stock @apollo/gateway on the same supergraph, subgraphs and queries,
// each gateway in its own process, measured one after the other in one run.
const queries = {
  'one subgraph': 'query($id: ID!) { project(id: $id) { key name description viewerRole } }',
  'two subgraphs':
    'query($id: ID!) { project(id: $id) { key name organization { name slug } members { totalCount edges { role node { name } } } } }',
};

async function main() {
  const database = await benchDatabase();
  const env = benchEnv(database.url);
  const supergraph = spawnTs('scripts/start.ts', env);
  const router = spawnTs('router/main.ts', { ...env, ROUTER_PORT: String(ports.soloRouter) });
  const stock = spawnTs('bench/stock-gateway.ts', {
    ...env,
    STOCK_GATEWAY_PORT: String(ports.stockGateway),
    APOLLO_TELEMETRY_DISABLED: 'true',
  });
  try {
    await waitFor(`http://127.0.0.1:${ports.router}/readyz`);
    await waitFor(`http://127.0.0.1:${ports.soloRouter}/readyz`);
    const fixture = await seedFixture(urlOf(ports.router));
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${fixture.token}` };
    const gateways = {
      'workgraph router': urlOf(ports.soloRouter),
      'stock @apollo/gateway': urlOf(ports.stockGateway),
    };
    for (let i = 0; i < 150; i += 1) {
      const ok = await expectData(
        gateways['stock @apollo/gateway'],
        headers,
        '{"query":"{ __typename }"}',
        () => true,
      ).then(
        () => true,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }

    const results: Record<string, autocannon.Result> = {};
    const ratios: string[] = [];
    for (const [label, query] of Object.entries(queries)) {
      const body = JSON.stringify({ query, variables: { id: fixture.projectId } });
      for (const url of Object.values(gateways)) {
        await expectData(
          url,
          headers,
          body,
          (data) => (data as { project?: { key?: string } })?.project?.key === 'BENCH',
        );
      }
      for (const [name, url] of Object.entries(gateways)) {
        results[`${name}, ${label}`] = await run({ url, method: 'POST', headers, body, connections, duration });
      }
      const ours = results[`workgraph router, ${label}`]!.requests.average;
      const theirs = results[`stock @apollo/gateway, ${label}`]!.requests.average;
      ratios.push(`${label}: ${(ours / theirs).toFixed(2)}×`);
    }
    printResults(results);
    console.log(
      `workgraph router / stock gateway throughput: ${ratios.join(', ')} (${connections} connections, ${duration} s each)`,
    );
  } finally {
    await Promise.all([stopChild(stock), stopChild(router)]);
    await stopChild(supergraph);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
