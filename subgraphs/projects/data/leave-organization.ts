import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { ProjectsTx } from '../db';
import { projectMemberRemoved, teamMemberRemoved, writeProjectEvents } from '../events/project-events';

const LeftProjectRow = z.object({
  id: z.string(),
  organizationId: z.string(),
  key: z.string(),
  name: z.string(),
  role: z.string(),
});

const LeftTeamRow = z.object({ id: z.string(), organizationId: z.string() });

/** How many direct memberships a person lost with the organization. */
export interface LeftOrganization {
  projects: number;
  teams: number;
}

/**
 * Removes a person's direct project memberships and team memberships in one organization, those
 * granted up to `grantedUpTo` (the removal): a membership granted after the person was let in again
 * stays. The projects are locked in id order first, as every change of a project's members locks its
 * row, so this cannot interleave with a last-admin check. Writes `project.member_removed` (with the
 * previous role) and `team.member_removed` for each, with the removal's actor and time.
 */
export async function leaveOrganization(
  tx: ProjectsTx,
  removal: { organizationId: string; userId: string; actorId: string | null; grantedUpTo: Date },
): Promise<LeftOrganization> {
  const { organizationId, userId, grantedUpTo } = removal;
  const memberships = parseRows(
    'leaveOrganization.projects',
    LeftProjectRow,
    await tx.$queryRaw`
      SELECT p.id::text AS id, p.organization_id::text AS "organizationId", p.key, p.name, pm.role
      FROM projects.project p
      JOIN projects.project_member pm ON pm.project_id = p.id
      WHERE p.organization_id = ${organizationId}::uuid AND pm.user_id = ${userId}::uuid
        AND pm.created_at <= ${grantedUpTo}
      ORDER BY p.id
      FOR UPDATE OF p, pm`,
  );
  if (memberships.length) {
    await tx.$executeRaw`
      DELETE FROM projects.project_member
      WHERE user_id = ${userId}::uuid AND project_id = ANY(${memberships.map((m) => m.id)}::uuid[])`;
  }
  const teams = parseRows(
    'leaveOrganization.teams',
    LeftTeamRow,
    await tx.$queryRaw`
      DELETE FROM projects.team_member tm
      USING projects.team t
      WHERE t.id = tm.team_id AND t.organization_id = ${organizationId}::uuid AND tm.user_id = ${userId}::uuid
        AND tm.created_at <= ${grantedUpTo}
      RETURNING t.id::text AS id, t.organization_id::text AS "organizationId"`,
  );
  const at = { occurredAt: grantedUpTo };
  await writeProjectEvents(tx, [
    ...memberships.map(({ role, ...project }) => projectMemberRemoved(removal.actorId, project, userId, role, at)),
    ...teams.map((team) => teamMemberRemoved(removal.actorId, team, userId, at)),
  ]);
  return { projects: memberships.length, teams: teams.length };
}
