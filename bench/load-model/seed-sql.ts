import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { decodeGlobalId } from '../../lib/ids';
import { spreadRanks } from '../../subgraphs/work-items/rules/ranks';
import type { LoadFixture } from './seed-api';

const types = ['TASK', 'TASK', 'STORY', 'BUG', 'TASK'];
const day = 86_400_000;

/**
 * Items 2..n of one project (item 1 was made through the router), written as createWorkItem and
 * transitionWorkItem write them: sequential numbers with the project's counter moved past them,
 * ranks appended per column after the first item's, `created` and `state` history (an item outside
 * the first state was transitioned once: version 2), and comments on every tenth item. Then the read
 * models the sprints and notifications consumers would have built from the items' events.
 */
async function seedProject(db: Client, fixture: LoadFixture, p: number, n: number): Promise<void> {
  const project = fixture.projects[p]!;
  const writers = project.members.filter(([, role]) => role !== 'VIEWER').map(([u]) => fixture.users[u]!.raw);
  const states = project.states;
  const columns = states.map(() => [] as number[]);
  const rows = Array.from({ length: n - 1 }, (_, k) => {
    const number = k + 2;
    const state = number % states.length;
    columns[state]!.push(k);
    return {
      id: randomUUID(),
      number,
      type: types[number % types.length]!,
      title: `Load item ${project.key}-${number}`,
      state: states[state]!.raw,
      priority: number % 5,
      estimate: (number % 8) + 1,
      assignee: number % 4 === 0 ? null : writers[number % writers.length]!,
      reporter: writers[(number * 7) % writers.length]!,
      rank: '',
      version: state === 0 ? 1 : 2,
      createdAt: new Date(Date.now() - 90 * day + (number / n) * 89 * day),
    };
  });
  columns.forEach((members, state) => {
    // The first state's column already holds item 1 at the first rank.
    const ranks = state === 0 ? spreadRanks(members.length + 1).slice(1) : spreadRanks(members.length);
    members.forEach((k, i) => (rows[k]!.rank = ranks[i]!));
  });
  const col = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  await db.query(
    `INSERT INTO work_items.work_item (id, project_id, number, type, title, description, state_id, state_entered_at,
       priority, estimate, assignee_id, reporter_id, rank, version, created_at, updated_at)
     SELECT id, $1::uuid, number, type, title, 'Seeded for the load model.', state, created_at + interval '1 hour',
       priority, estimate, assignee, reporter, rank, version, created_at, created_at + interval '1 hour'
     FROM unnest($2::uuid[], $3::int[], $4::text[], $5::text[], $6::uuid[], $7::smallint[], $8::float8[],
       $9::uuid[], $10::uuid[], $11::text[], $12::int[], $13::timestamptz[])
       AS r(id, number, type, title, state, priority, estimate, assignee, reporter, rank, version, created_at)`,
    [
      project.raw,
      col('id'),
      col('number'),
      col('type'),
      col('title'),
      col('state'),
      col('priority'),
      col('estimate'),
      col('assignee'),
      col('reporter'),
      col('rank'),
      col('version'),
      col('createdAt'),
    ],
  );
  const first = states[0]!;
  const stateJson = (alias: string) => `jsonb_build_object('id', ${alias}.id::text, 'name', ${alias}.name)`;
  const seeded = `FROM work_items.work_item w WHERE w.project_id = $1::uuid AND w.number >= 2`;
  await db.query(
    `INSERT INTO work_items.history_entry (id, work_item_id, actor_id, field, old_value, new_value, created_at, version)
     SELECT gen_random_uuid(), w.id, w.reporter_id, 'created', NULL::jsonb, to_jsonb($2::text || '-' || w.number), w.created_at, 1
     ${seeded}
     UNION ALL
     SELECT gen_random_uuid(), w.id, w.reporter_id, 'state', NULL::jsonb, ${stateJson('f')}, w.created_at, 1
     FROM work_items.work_item w JOIN work_items.workflow_state f ON f.id = $3::uuid
     WHERE w.project_id = $1::uuid AND w.number >= 2
     UNION ALL
     SELECT gen_random_uuid(), w.id, w.reporter_id, 'state', ${stateJson('f')}, ${stateJson('s')},
       w.state_entered_at, 2
     FROM work_items.work_item w JOIN work_items.workflow_state s ON s.id = w.state_id
       JOIN work_items.workflow_state f ON f.id = $3::uuid
     WHERE w.project_id = $1::uuid AND w.number >= 2 AND w.state_id <> $3::uuid`,
    [project.raw, project.key, first.raw],
  );
  await db.query(
    `INSERT INTO work_items.comment (id, work_item_id, author_id, body, created_at, updated_at)
     SELECT gen_random_uuid(), w.id, ($2::uuid[])[1 + (w.number + c) % cardinality($2::uuid[])],
       'Seeded comment ' || c || ' on ' || w.number || '.', w.created_at + c * interval '2 hours',
       w.created_at + c * interval '2 hours'
     FROM work_items.work_item w CROSS JOIN generate_series(1, 3) c
     WHERE w.project_id = $1::uuid AND w.number >= 2 AND w.number % 10 = 0`,
    [project.raw, writers],
  );
  await db.query('UPDATE work_items.project_settings SET next_number = $2, updated_at = now() WHERE project_id = $1', [
    project.raw,
    n + 1,
  ]);
  await db.query(
    `INSERT INTO sprints.work_item (id, project_id, organization_id, key, type, parent_id, estimate, state_category,
       archived, deleted, version, changed_at)
     SELECT w.id, w.project_id, $2::uuid, $3::text || '-' || w.number, w.type, w.parent_id, w.estimate, s.category,
       false, false, w.version, w.updated_at
     FROM work_items.work_item w JOIN work_items.workflow_state s ON s.id = w.state_id
     WHERE w.project_id = $1::uuid AND w.number >= 2`,
    [project.raw, decodeOrg(fixture), project.key],
  );
  await db.query(
    `INSERT INTO sprints.work_item_history (id, work_item_id, version, occurred_at, actor_id, estimate, state_category,
       archived, deleted, project_id)
     SELECT gen_random_uuid(), w.id, 1, w.created_at, w.reporter_id, w.estimate, $2::text, false, false, w.project_id
     ${seeded}
     UNION ALL
     SELECT gen_random_uuid(), w.id, 2, w.state_entered_at, w.reporter_id, w.estimate, s.category, false, false,
       w.project_id
     FROM work_items.work_item w JOIN work_items.workflow_state s ON s.id = w.state_id
     WHERE w.project_id = $1::uuid AND w.number >= 2 AND w.version = 2`,
    [project.raw, first.category],
  );
  await db.query(
    `INSERT INTO notifications.work_item (id, project_id, organization_id, key, title, assignee_id, reporter_id,
       state_category, archived, version)
     SELECT w.id, w.project_id, $2::uuid, $3::text || '-' || w.number, w.title, w.assignee_id, w.reporter_id,
       s.category, false, w.version
     FROM work_items.work_item w JOIN work_items.workflow_state s ON s.id = w.state_id
     WHERE w.project_id = $1::uuid AND w.number >= 2`,
    [project.raw, decodeOrg(fixture), project.key],
  );
  await db.query(
    `INSERT INTO notifications.watcher (work_item_id, user_id, watching, reason, updated_at)
     SELECT w.id, w.reporter_id, true, 'REPORTER', w.created_at ${seeded}
     UNION ALL
     SELECT w.id, w.assignee_id, true, 'ASSIGNEE', w.created_at ${seeded}
       AND w.assignee_id IS NOT NULL AND w.assignee_id <> w.reporter_id`,
    [project.raw],
  );
  // The inbox: each assignee's last 60 assignments and the comments on items they watch, as the
  // projection words them; a third of them read.
  await db.query(
    `INSERT INTO notifications.notification (id, recipient_id, type, event_id, actor_id, project_id, work_item_id,
       summary, created_at, read_at)
     SELECT gen_random_uuid(), a.assignee_id, 'ASSIGNED', gen_random_uuid(), a.reporter_id, a.project_id, a.id,
       u.name || ' assigned ' || $2::text || '-' || a.number || ' “' || a.title || '” to you.', a.created_at,
       CASE WHEN a.number % 3 = 0 THEN a.created_at + interval '1 day' END
     FROM (SELECT w.*, row_number() OVER (PARTITION BY w.assignee_id ORDER BY w.created_at DESC) AS k ${seeded}
       AND w.assignee_id IS NOT NULL AND w.assignee_id <> w.reporter_id) a
     JOIN unnest($3::uuid[], $4::text[]) AS u(id, name) ON u.id = a.reporter_id
     WHERE a.k <= 60
     UNION ALL
     SELECT gen_random_uuid(), w.reporter_id, 'COMMENTED', gen_random_uuid(), c.author_id, w.project_id, w.id,
       u.name || ' commented on ' || $2::text || '-' || w.number || ' “' || w.title || '”.', c.created_at,
       CASE WHEN w.number % 3 = 0 THEN c.created_at + interval '1 day' END
     FROM work_items.work_item w JOIN work_items.comment c ON c.work_item_id = w.id
       JOIN unnest($3::uuid[], $4::text[]) AS u(id, name) ON u.id = c.author_id
     WHERE w.project_id = $1::uuid AND w.number >= 2 AND c.author_id <> w.reporter_id`,
    [project.raw, project.key, fixture.users.map((u) => u.raw), fixture.users.map((u) => u.name)],
  );
}

const decodeOrg = (fixture: LoadFixture) => decodeGlobalId(fixture.organizationId)!.id;

/** Every project's items, comments, history and read models; `n` items per project in all. */
export async function seedBulk(db: Client, fixture: LoadFixture, n: number): Promise<void> {
  await db.query('BEGIN');
  for (let p = 0; p < fixture.projects.length; p += 1) await seedProject(db, fixture, p, n);
  await db.query('COMMIT');
  await db.query('ANALYZE');
}
