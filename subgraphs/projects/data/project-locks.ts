import { z } from 'zod';
import { conflict, notFound } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { ProjectRow } from './rows';

// Every change of a project or its direct members locks the project's row first, so two changes of one
// project run one after the other: concurrent demotions or removals cannot both pass the last-admin check.

/** The project's row, locked until the transaction ends (updates compare against what they change). */
export async function lockedProject(tx: ProjectsTx, projectId: string): Promise<Project> {
  const [project] = parseRows(
    'lockedProject',
    ProjectRow,
    await tx.$queryRaw`
      SELECT id::text AS id, organization_id::text AS "organizationId", key, name, description,
        created_at AS "createdAt", updated_at AS "updatedAt", archived_at AS "archivedAt"
      FROM projects.project WHERE id = ${projectId}::uuid FOR UPDATE`,
  );
  if (!project) throw notFound('Project');
  return project;
}

const DirectMemberRow = z.object({ role: z.string() });

/** Locks the project, then the person's direct membership; NOT_FOUND when they are no direct member. */
export async function lockDirectMember(tx: ProjectsTx, projectId: string, userId: string): Promise<{ role: string }> {
  await tx.$queryRaw`SELECT id FROM projects.project WHERE id = ${projectId}::uuid FOR UPDATE`;
  const [current] = parseRows(
    'lockDirectMember',
    DirectMemberRow,
    await tx.$queryRaw`
      SELECT role FROM projects.project_member
      WHERE project_id = ${projectId}::uuid AND user_id = ${userId}::uuid FOR UPDATE`,
  );
  if (!current) throw notFound('Project member');
  return current;
}

/** CONFLICT with `message` unless the project keeps another direct ADMIN (its row is locked by the caller). */
export async function assertAnotherAdmin(tx: ProjectsTx, projectId: string, message: string): Promise<void> {
  const admins = await tx.projectMember.count({ where: { projectId, role: 'ADMIN' } });
  if (admins <= 1) throw conflict(message);
}
