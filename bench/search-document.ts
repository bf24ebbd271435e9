import { Client } from 'pg';
import { benchDatabase } from './support';

// Side by side in one database: work item search ranked from the text parsed again on every query
// (the expression index before migration work_item_search_vector) and from the stored, weighted
// search_vector (after). The same 140,000 items in 5 projects, the queries alternated, medians shown.

const items = 140_000;
const rounds = 15;

const seedSql = `
  CREATE TABLE item (id uuid PRIMARY KEY, project_id uuid NOT NULL, title text NOT NULL,
    description text NOT NULL, archived_at timestamptz,
    search_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', description), 'B')) STORED);
  INSERT INTO item (id, project_id, title, description, archived_at)
  SELECT md5('i' || n)::uuid, md5('p' || (n % 5))::uuid,
    (ARRAY['Fix','Add','Deploy','Refactor','Document','Test'])[1 + n % 6] || ' ' ||
    (ARRAY['login','billing','search','export','dashboard','settings','onboarding','reports','api','mobile'])[1 + (n / 7) % 10]
    || ' ' || n,
    'Details for item ' || n || ' about ' ||
    (ARRAY['performance','security','usability','accessibility','deployment'])[1 + n % 5],
    CASE WHEN n % 20 = 0 THEN now() END
  FROM generate_series(1, ${items}) n;
  CREATE INDEX parsed_idx ON item USING GIN (to_tsvector('simple'::regconfig, title || ' ' || description));
  CREATE INDEX stored_idx ON item USING GIN (search_vector);`;

const parsedPage = `SELECT * FROM (
    SELECT DISTINCT ON (id) * FROM (
      SELECT id, ts_rank(setweight(to_tsvector('simple', title), 'A')
          || setweight(to_tsvector('simple', description), 'B'), to_tsquery('simple', $2))::float8 AS score,
        CASE WHEN to_tsvector('simple', title) @@ to_tsquery('simple', $2) THEN 'TITLE' ELSE 'DESCRIPTION' END AS source
      FROM item
      WHERE project_id = ANY($1) AND archived_at IS NULL
        AND to_tsvector('simple'::regconfig, title || ' ' || description) @@ to_tsquery('simple', $2)
    ) hits ORDER BY id, score DESC, source DESC
  ) best ORDER BY score DESC, id DESC LIMIT 21`;
const storedPage = `SELECT id, ts_rank(search_vector, to_tsquery('simple', $2))::float8 AS score FROM item
  WHERE project_id = ANY($1) AND archived_at IS NULL AND search_vector @@ to_tsquery('simple', $2)
  ORDER BY score DESC, id DESC LIMIT 21`;

const searches = [
  ['a common word: "deploy" (a third of the items)', 'deploy:*'],
  ['two words: "fix 4"', 'fix:* & 4:*'],
  ['a rare combination: "deploy billing 4217"', 'deploy:* & billing:* & 4217:*'],
] as const;

async function millis(client: Client, sql: string, params: unknown[]): Promise<number> {
  const start = process.hrtime.bigint();
  await client.query(sql, params);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const database = await benchDatabase();
  const client = new Client({ connectionString: database.url });
  try {
    await client.connect();
    console.log(`Seeding ${items.toLocaleString('en-US')} items…`);
    await client.query(seedSql);
    await client.query('VACUUM ANALYZE item');
    const { rows } = await client.query<{ ids: string[] }>('SELECT array_agg(DISTINCT project_id) AS ids FROM item');
    const projectIds = rows[0]!.ids;
    console.log('| search, first page of 21 across 5 projects | parsed again | stored | ratio |');
    console.log('| --- | --- | --- | --- |');
    for (const [name, tsquery] of searches) {
      const params = [projectIds, tsquery];
      const parsed: number[] = [];
      const stored: number[] = [];
      for (let round = 0; round < rounds + 3; round++) {
        const a = await millis(client, parsedPage, params);
        const b = await millis(client, storedPage, params);
        if (round < 3) continue;
        parsed.push(a);
        stored.push(b);
      }
      const [p, s] = [median(parsed), median(stored)];
      console.log(`| ${name} | ${p.toFixed(2)} ms | ${s.toFixed(2)} ms | ${(p / s).toFixed(1)}× |`);
    }
  } finally {
    await client.end();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
