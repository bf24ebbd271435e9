import { Prisma } from '../generated/prisma/client';
import { z } from 'zod';
import { poolRows } from '../../../lib/db/pool-rows';
import type { CustomField, ProjectSettings, WorkflowState } from '../generated/prisma/client';
import type { WorkItemsPrisma } from '../db';
import { JsonColumn } from './rows';

// Per-project rows every read of a project's items needs (its key, its states, its field definitions),
// each for many projects in one statement, straight from the pool (lib/db/pool-rows.ts).

/**
 * A project's settings as reads use them: without the item counter and its timestamp, which every
 * created item moves (the number is taken under the row's lock, data/items.ts), so the rest can be cached.
 */
export type ProjectConfigSettings = Omit<ProjectSettings, 'nextNumber' | 'updatedAt'>;

const ProjectSettingsRow = z.object({
  projectId: z.string(),
  organizationId: z.string(),
  key: z.string(),
  hierarchyRules: JsonColumn,
  maxDepth: z.number().int(),
  createdAt: z.date(),
}) satisfies z.ZodType<ProjectConfigSettings>;

export function projectSettingsOf(
  prisma: WorkItemsPrisma,
  projectIds: readonly string[],
): Promise<ProjectConfigSettings[]> {
  return poolRows(
    prisma,
    'projectSettingsOf',
    ProjectSettingsRow,
    Prisma.sql`SELECT project_id::text AS "projectId", organization_id::text AS "organizationId", key,
      hierarchy_rules AS "hierarchyRules", max_depth AS "maxDepth", created_at AS "createdAt"
    FROM work_items.project_settings WHERE project_id = ANY(${[...projectIds]}::uuid[])`,
  );
}

const WorkflowStateRow = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  category: z.string(),
  color: z.string(),
  position: z.number().int(),
  createdAt: z.date(),
}) satisfies z.ZodType<WorkflowState>;

/** The projects' workflow states in position order, at most `take` in all. */
export function statesOfProjects(
  prisma: WorkItemsPrisma,
  projectIds: readonly string[],
  take: number,
): Promise<WorkflowState[]> {
  return poolRows(
    prisma,
    'statesOfProjects',
    WorkflowStateRow,
    Prisma.sql`SELECT id::text AS id, project_id::text AS "projectId", name, category, color, position,
      created_at AS "createdAt"
    FROM work_items.workflow_state WHERE project_id = ANY(${[...projectIds]}::uuid[])
    ORDER BY position, created_at LIMIT ${take}`,
  );
}

const CustomFieldRow = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  type: z.string(),
  description: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
  position: z.number().int(),
  createdAt: z.date(),
}) satisfies z.ZodType<CustomField>;

/** The projects' custom field definitions in position order, at most `take` in all. */
export function customFieldsOfProjects(
  prisma: WorkItemsPrisma,
  projectIds: readonly string[],
  take: number,
): Promise<CustomField[]> {
  return poolRows(
    prisma,
    'customFieldsOfProjects',
    CustomFieldRow,
    Prisma.sql`SELECT id::text AS id, project_id::text AS "projectId", name, type, description, required, options,
      position, created_at AS "createdAt"
    FROM work_items.custom_field WHERE project_id = ANY(${[...projectIds]}::uuid[])
    ORDER BY position, created_at LIMIT ${take}`,
  );
}
