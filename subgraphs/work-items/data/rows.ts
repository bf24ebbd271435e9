import { z } from 'zod';
import type { Comment, HistoryEntry, Label, Prisma, SavedView } from '../generated/prisma/client';

// Row schemas shared by several raw queries: each query selects these columns under these names
// (`id::text AS id`, `created_at AS "createdAt"`, ...), so the rows are whole Prisma models.

/** A jsonb column: any JSON value, null included (a missing column is undefined and fails). */
export const JsonColumn = z.custom<Prisma.JsonValue>((value) => value !== undefined);

/** The request a row of a batched page belongs to: `req.idx::int`, counting from 1. */
export const PageIndex = { idx: z.number().int() };

export const IdRow = z.object({ id: z.string() });

/** A `date` column selected `::text` (YYYY-MM-DD), as 00:00 UTC of that day, as the Date scalar holds it. */
export const DayColumn = z.string().transform((text) => new Date(`${text}T00:00:00Z`));

/** `max(rank)` of a column: null when the column is empty. */
export const MaxRankRow = z.object({ rank: z.string().nullable() });

export const LabelRow = z.object({
  id: z.string(),
  projectId: z.string(),
  name: z.string(),
  color: z.string(),
  description: z.string(),
  createdAt: z.date(),
}) satisfies z.ZodType<Label>;

export const CommentRow = z.object({
  id: z.string(),
  workItemId: z.string(),
  authorId: z.string(),
  body: z.string(),
  mentionedUserIds: z.array(z.string()),
  createdAt: z.date(),
  updatedAt: z.date(),
  parentId: z.string().nullable(),
}) satisfies z.ZodType<Comment>;

export const HistoryEntryRow = z.object({
  id: z.string(),
  workItemId: z.string(),
  actorId: z.string().nullable(),
  source: z.string().nullable(),
  field: z.string(),
  oldValue: JsonColumn,
  newValue: JsonColumn,
  note: z.string().nullable(),
  createdAt: z.date(),
  version: z.number().nullable(),
}) satisfies z.ZodType<HistoryEntry>;

export const SavedViewRow = z.object({
  id: z.string(),
  projectId: z.string(),
  ownerId: z.string(),
  name: z.string(),
  shared: z.boolean(),
  filter: JsonColumn,
  orderBy: JsonColumn,
  createdAt: z.date(),
  updatedAt: z.date(),
}) satisfies z.ZodType<SavedView>;
