import { Prisma } from '../generated/prisma/client';
import { z } from 'zod';
import type { MemberCapacity, ScopeChange, Sprint, WorkItem, WorkItemHistory } from '../generated/prisma/client';

// Row schemas of the hot reads that skip Prisma (lib/db/pool-rows.ts), shaped as Prisma's models so
// callers cannot tell the difference. A transaction client answers through Prisma's raw path instead,
// which returns calendar dates as Date and int8 as bigint, so each column accepts both forms.

/** A `date` column as Prisma reads it: midnight UTC of that day. */
const CalendarDate = z
  .union([z.string(), z.date()])
  .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00.000Z`) : value));

export const SprintRow = z.object({
  id: z.string(),
  projectId: z.string(),
  organizationId: z.string(),
  name: z.string(),
  goal: z.string(),
  startDate: CalendarDate,
  endDate: CalendarDate,
  state: z.string(),
  startedAt: z.date().nullable(),
  startedById: z.string().nullable(),
  completedAt: z.date().nullable(),
  completedById: z.string().nullable(),
  committedPoints: z.number().nullable(),
  committedItemCount: z.number().int().nullable(),
  completedPoints: z.number().nullable(),
  completedItemCount: z.number().int().nullable(),
  carriedOverPoints: z.number().nullable(),
  carriedOverItemCount: z.number().int().nullable(),
  carriedOverToId: z.string().nullable(),
  createdById: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
}) satisfies z.ZodType<Sprint, unknown>;

export const sprintColumns = Prisma.sql`s.id::text AS id, s.project_id::text AS "projectId",
  s.organization_id::text AS "organizationId", s.name, s.goal, s.start_date AS "startDate",
  s.end_date AS "endDate", s.state, s.started_at AS "startedAt", s.started_by_id::text AS "startedById",
  s.completed_at AS "completedAt", s.completed_by_id::text AS "completedById",
  s.committed_points AS "committedPoints", s.committed_item_count AS "committedItemCount",
  s.completed_points AS "completedPoints", s.completed_item_count AS "completedItemCount",
  s.carried_over_points AS "carriedOverPoints", s.carried_over_item_count AS "carriedOverItemCount",
  s.carried_over_to_id::text AS "carriedOverToId", s.created_by_id::text AS "createdById",
  s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

export const ScopeChangeRow = z.object({
  id: z.string(),
  seq: z.coerce.bigint(),
  sprintId: z.string(),
  workItemId: z.string(),
  kind: z.string(),
  reason: z.string(),
  actorId: z.string().nullable(),
  at: z.date(),
}) satisfies z.ZodType<ScopeChange, unknown>;

export const WorkItemRow = z.object({
  id: z.string(),
  projectId: z.string(),
  organizationId: z.string(),
  key: z.string(),
  type: z.string(),
  parentId: z.string().nullable(),
  estimate: z.number().nullable(),
  stateCategory: z.string(),
  archived: z.boolean(),
  deleted: z.boolean(),
  version: z.number().int(),
  changedAt: z.date(),
}) satisfies z.ZodType<WorkItem, unknown>;

export const workItemColumns = Prisma.sql`w.id::text AS id, w.project_id::text AS "projectId",
  w.organization_id::text AS "organizationId", w.key, w.type, w.parent_id::text AS "parentId", w.estimate,
  w.state_category AS "stateCategory", w.archived, w.deleted, w.version, w.changed_at AS "changedAt"`;

export const WorkItemHistoryRow = z.object({
  id: z.string(),
  eventId: z.string().nullable(),
  workItemId: z.string(),
  version: z.number().int(),
  occurredAt: z.date(),
  actorId: z.string().nullable(),
  estimate: z.number().nullable(),
  stateCategory: z.string(),
  archived: z.boolean(),
  deleted: z.boolean(),
  projectId: z.string(),
}) satisfies z.ZodType<WorkItemHistory, unknown>;

export const MemberCapacityRow = z.object({
  sprintId: z.string(),
  userId: z.string(),
  position: z.number().int(),
  daysOff: z.array(CalendarDate),
  focusFactor: z.number(),
  pointsPerDay: z.number(),
}) satisfies z.ZodType<MemberCapacity, unknown>;
