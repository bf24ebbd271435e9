import type { Project, Team } from '../generated/prisma/client';
import type { ProjectsTx } from '../db';

export interface LeftOrganization {
  /** The direct memberships removed, with the role each had. */
  projects: { project: Pick<Project, 'id' | 'organizationId' | 'key' | 'name'>; previousRole: string }[];
  teams: Pick<Team, 'id' | 'organizationId'>[];
}

/**
 * Removes a person's direct project memberships and team memberships in one organization, those
 * granted up to `grantedUpTo` (the removal): a membership granted after the person was let in again
 * stays. The projects are locked in id order first, as every change of a project's members locks its
 * row, so this cannot interleave with a last-admin check.
 */
export async function leaveOrganization(
  tx: ProjectsTx,
  args: { organizationId: string; userId: string; grantedUpTo: Date },
): Promise<LeftOrganization> {
  const { organizationId, userId, grantedUpTo } = args;
  const memberships = await tx.$queryRaw<
    { id: string; organizationId: string; key: string; name: string; role: string }[]
  >`
    SELECT p.id::text AS id, p.organization_id::text AS "organizationId", p.key, p.name, pm.role
    FROM projects.project p
    JOIN projects.project_member pm ON pm.project_id = p.id
    WHERE p.organization_id = ${organizationId}::uuid AND pm.user_id = ${userId}::uuid
      AND pm.created_at <= ${grantedUpTo}
    ORDER BY p.id
    FOR UPDATE OF p, pm`;
  if (memberships.length) {
    await tx.$executeRaw`
      DELETE FROM projects.project_member
      WHERE user_id = ${userId}::uuid AND project_id = ANY(${memberships.map((m) => m.id)}::uuid[])`;
  }
  const teams = await tx.$queryRaw<{ id: string; organizationId: string }[]>`
    DELETE FROM projects.team_member tm
    USING projects.team t
    WHERE t.id = tm.team_id AND t.organization_id = ${organizationId}::uuid AND tm.user_id = ${userId}::uuid
      AND tm.created_at <= ${grantedUpTo}
    RETURNING t.id::text AS id, t.organization_id::text AS "organizationId"`;
  return {
    projects: memberships.map(({ role, ...project }) => ({ project, previousRole: role })),
    teams,
  };
}
