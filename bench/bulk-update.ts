import { benchDatabase, benchEnv, gql, ports, seedFixture, startBenchSupergraph, urlOf } from './support';

// bulkUpdateWorkItems and bulkCreateWorkItems through the router on 100 and on 1,000 items of one
// project, in one run: a change of fields, the same with atomic: false, a transition, and creating that
// many new items. Set-based writes keep the time of 1,000 items near ten times that of 100 at most;
// per-item statements would show in the ratio.

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const sizes = [100, 1000] as const;

const bulkCreate = `mutation($input: BulkCreateWorkItemsInput!) {
  bulkCreateWorkItems(input: $input) { workItems { id } }
}`;
const bulkUpdate = `mutation($input: BulkUpdateWorkItemsInput!) {
  bulkUpdateWorkItems(input: $input) { workItems { id version } failures { code } }
}`;

async function createItems(routerUrl: string, token: string, projectId: string, count: number): Promise<string[]> {
  const items = Array.from({ length: count }, (_, i) => ({ projectId, type: 'TASK', title: `Bulk ${i}` }));
  const { bulkCreateWorkItems } = await gql<{ bulkCreateWorkItems: { workItems: { id: string }[] } }>(
    routerUrl,
    bulkCreate,
    { input: { items } },
    token,
  );
  return bulkCreateWorkItems.workItems.map((item) => item.id);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const database = await benchDatabase();
  const supergraph = await startBenchSupergraph(benchEnv(database.url)).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  try {
    const routerUrl = urlOf(ports.router);
    const { token, projectId } = await seedFixture(routerUrl);
    const ids = await createItems(routerUrl, token, projectId, sizes.at(-1)!);
    const { project } = await gql<{ project: { workflow: { states: { id: string; category: string }[] } } }>(
      routerUrl,
      'query($id: ID!) { project(id: $id) { workflow { states { id category } } } }',
      { id: projectId },
      token,
    );
    const [todo, doing] = ['TODO', 'IN_PROGRESS'].map((c) => project.workflow.states.find((s) => s.category === c)!.id);
    const changes = (round: number) => ({
      'fields (atomic)': { changes: { estimate: round + 1, priority: round % 2 ? 'HIGH' : 'LOW' } },
      'fields (atomic: false)': { atomic: false, changes: { estimate: round + 10 } },
      transition: { changes: { toStateId: round % 2 ? todo : doing } },
    });
    const times = new Map<string, number[]>();
    for (let round = 0; round < rounds + 1; round++) {
      for (const size of sizes) {
        for (const [name, input] of Object.entries(changes(round))) {
          const started = process.hrtime.bigint();
          const { bulkUpdateWorkItems } = await gql<{ bulkUpdateWorkItems: { workItems: unknown[] } }>(
            routerUrl,
            bulkUpdate,
            { input: { ids: ids.slice(0, size), ...input } },
            token,
          );
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          if (bulkUpdateWorkItems.workItems.length !== size) throw new Error(`${name}: not every item changed`);
          // The first round warms the processes up.
          if (round > 0) times.set(`${name}|${size}`, [...(times.get(`${name}|${size}`) ?? []), ms]);
        }
        const started = process.hrtime.bigint();
        const created = await createItems(routerUrl, token, projectId, size);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        if (created.length !== size) throw new Error('create: not every item was created');
        if (round > 0) times.set(`create|${size}`, [...(times.get(`create|${size}`) ?? []), ms]);
      }
    }
    console.log(`| bulk mutation (median of ${rounds}) | 100 items | 1,000 items | 1,000 / 100 |`);
    console.log('| --- | --- | --- | --- |');
    for (const name of [...Object.keys(changes(0)), 'create']) {
      const [small, large] = sizes.map((size) => median(times.get(`${name}|${size}`)!));
      console.log(`| ${name} | ${small!.toFixed(0)} ms | ${large!.toFixed(0)} ms | ${(large! / small!).toFixed(1)}× |`);
    }
  } finally {
    await supergraph.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
