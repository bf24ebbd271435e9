import { z } from 'zod';
import type { Project, Team } from '../generated/prisma/client';

// Row schemas shared by several raw queries: each query selects these columns under these names
// (`id::text AS id`, `created_at AS "createdAt"`, ...), so the rows are whole Prisma models.

export const ProjectRow = z.object({
  id: z.string(),
  organizationId: z.string(),
  key: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  archivedAt: z.date().nullable(),
}) satisfies z.ZodType<Project>;

export const TeamRow = z.object({
  id: z.string(),
  organizationId: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
}) satisfies z.ZodType<Team>;
