import { notFound } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import { z } from 'zod';
import type { ProjectsTx } from '../db';
import type { Team } from '../generated/prisma/client';
import { projectTeamDetached, teamMemberRemoved, writeProjectEvents } from '../events/project-events';

/**
 * Deletes a team under its row lock, with the events of everything it ends: `project.team_detached`
 * for each project it was attached to (their members lose the roles it gave them), then
 * `team.member_removed` for each member, oldest first. A member being added or a project being
 * attached meanwhile waits on the team's key and then fails. NOT_FOUND when the team is gone.
 */
export async function deleteTeam(
  tx: ProjectsTx,
  actorId: string,
  team: Team,
): Promise<{ detachedProjectCount: number; removedMemberCount: number }> {
  const locked = parseRows(
    'lockTeam',
    z.object({ id: z.string() }),
    await tx.$queryRaw`SELECT id::text AS id FROM team WHERE id = ${team.id}::uuid FOR UPDATE`,
  );
  if (!locked.length) throw notFound('Team');
  const links = await tx.projectTeam.findMany({
    where: { teamId: team.id },
    include: { project: true },
    orderBy: [{ createdAt: 'asc' }, { projectId: 'asc' }],
  });
  const members = await tx.teamMember.findMany({
    where: { teamId: team.id },
    select: { userId: true },
    orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
  });
  await writeProjectEvents(tx, [
    ...links.map((link) => projectTeamDetached(actorId, link.project, team.id)),
    ...members.map((member) => teamMemberRemoved(actorId, team, member.userId)),
  ]);
  // Its members and project links go with it (ON DELETE CASCADE).
  await tx.team.delete({ where: { id: team.id } });
  return { detachedProjectCount: links.length, removedMemberCount: members.length };
}
