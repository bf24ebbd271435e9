import { Client } from 'pg';
import { fromGlobalId } from '../lib/ids';
import { benchDatabase, benchEnv, gql, ports, seedFixture, startBenchSupergraph, urlOf } from './support';

// deleteProject on projects of 1,000 and 10,000 work items, through the router: how long the mutation
// takes (the projects service's transaction), and how long until every service has purged the
// project (no row with its project_id left in any schema), each service purging in one transaction.

const sizes = [1000, 10_000] as const;
const batch = 1000;

async function projectWithItems(routerUrl: string, token: string, organizationId: string, size: number) {
  const { createProject } = await gql<{ createProject: { project: { id: string } } }>(
    routerUrl,
    'mutation($i: CreateProjectInput!) { createProject(input: $i) { project { id } } }',
    { i: { organizationId, key: `DEL${size / 1000}K`, name: `Delete ${size}` } },
    token,
  );
  const projectId = createProject.project.id;
  for (let created = 0; created < size; created += batch) {
    const items = Array.from({ length: batch }, (_, i) => ({
      projectId,
      type: 'TASK',
      title: `Item ${created + i}`,
      description: 'Something to do, with a few words to store.',
    }));
    await gql(
      routerUrl,
      'mutation($i: BulkCreateWorkItemsInput!) { bulkCreateWorkItems(input: $i) { workItems { id } } }',
      {
        i: { items },
      },
      token,
    );
  }
  return projectId;
}

/** Rows of the project left in every table with a project_id column. */
async function rowsLeft(db: Client, rawProjectId: string): Promise<number> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_schema || '.' || table_name AS name FROM information_schema.columns
     WHERE column_name = 'project_id' AND table_schema <> 'public'`,
  );
  const sql = tables.rows
    .map(({ name }) => `SELECT count(*)::int AS n FROM ${name} WHERE project_id = $1`)
    .join(' UNION ALL ');
  const counts = await db.query<{ n: number }>(sql, [rawProjectId]);
  return counts.rows.reduce((sum, row) => sum + row.n, 0);
}

async function main() {
  const database = await benchDatabase();
  const supergraph = await startBenchSupergraph(benchEnv(database.url)).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  const db = new Client({ connectionString: database.url });
  await db.connect();
  try {
    const routerUrl = urlOf(ports.router);
    const { token, organizationId } = await seedFixture(routerUrl);
    console.log('| items | deleteProject answers | every service has purged | rows purged |');
    console.log('| --- | --- | --- | --- |');
    for (const size of sizes) {
      const projectId = await projectWithItems(routerUrl, token, organizationId, size);
      const rawId = fromGlobalId(projectId, 'Project', 'projectId');
      // Until the projections have caught up with the creations: the row count stops growing.
      let rows = -1;
      for (let now = await rowsLeft(db, rawId); now !== rows; now = await rowsLeft(db, rawId)) {
        rows = now;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      await gql(
        routerUrl,
        'mutation($i: ArchiveProjectInput!) { archiveProject(input: $i) { project { id } } }',
        {
          i: { projectId },
        },
        token,
      );
      const started = process.hrtime.bigint();
      await gql(
        routerUrl,
        'mutation($i: DeleteProjectInput!) { deleteProject(input: $i) { deletedProjectId } }',
        {
          i: { projectId },
        },
        token,
      );
      const answered = Number(process.hrtime.bigint() - started) / 1e6;
      while ((await rowsLeft(db, rawId)) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      const purged = Number(process.hrtime.bigint() - started) / 1e6;
      console.log(
        `| ${size.toLocaleString('en')} | ${answered.toFixed(0)} ms | ${purged.toFixed(0)} ms | ${rows.toLocaleString('en')} |`,
      );
    }
  } finally {
    await db.end();
    await supergraph.stop();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
