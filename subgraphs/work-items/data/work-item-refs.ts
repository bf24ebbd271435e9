import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { WorkItemsPrisma } from '../db';

/** An item found by its key, as another service links things to it. */
export const WorkItemRefRow = z.object({
  key: z.string(),
  id: z.string(),
  projectId: z.string(),
  stateCategory: z.string(),
});
export type WorkItemRefRow = z.infer<typeof WorkItemRefRow>;

/**
 * The items of an organization named by keys (`WEB-42`, project key upper-case), in one statement:
 * `project_settings_key_idx` finds the projects, the (project, number) key the items. Unknown keys
 * are left out.
 */
export async function workItemRefRows(
  db: WorkItemsPrisma,
  organizationId: string,
  keys: readonly { projectKey: string; number: number }[],
): Promise<WorkItemRefRow[]> {
  if (!keys.length) return [];
  return parseRows(
    'workItemRefRows',
    WorkItemRefRow,
    await db.$queryRaw`
      SELECT ps.key || '-' || w.number AS key, w.id::text AS id, w.project_id::text AS "projectId",
        s.category AS "stateCategory"
      FROM unnest(${keys.map((k) => k.projectKey)}::text[], ${keys.map((k) => k.number)}::int[]) AS k(project_key, number)
      JOIN work_items.project_settings ps ON ps.key = k.project_key AND ps.organization_id = ${organizationId}::uuid
      JOIN work_items.work_item w ON w.project_id = ps.project_id AND w.number = k.number
      JOIN work_items.workflow_state s ON s.id = w.state_id`,
  );
}

export const WorkflowStateRefRow = z.object({ id: z.string(), projectId: z.string(), category: z.string() });
export type WorkflowStateRefRow = z.infer<typeof WorkflowStateRefRow>;

/** Workflow states by uuid with their project (one statement); missing ones left out. */
export async function workflowStateRefRows(db: WorkItemsPrisma, ids: readonly string[]) {
  if (!ids.length) return [];
  return parseRows(
    'workflowStateRefRows',
    WorkflowStateRefRow,
    await db.$queryRaw`
      SELECT id::text AS id, project_id::text AS "projectId", category
      FROM work_items.workflow_state WHERE id = ANY(${[...new Set(ids)]}::uuid[])`,
  );
}
