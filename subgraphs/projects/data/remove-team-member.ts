import { notFound } from '../../../lib/errors';
import type { ProjectsTx } from '../db';
import type { Team } from '../generated/prisma/client';
import { teamMemberRemoved, writeProjectEvents } from '../events/project-events';

/** Takes a person out of the team; NOT_FOUND when they are not in it. */
export async function removeTeamMember(tx: ProjectsTx, actorId: string, team: Team, userId: string): Promise<void> {
  const { count } = await tx.teamMember.deleteMany({ where: { teamId: team.id, userId } });
  if (count === 0) throw notFound('Team member');
  await writeProjectEvents(tx, [teamMemberRemoved(actorId, team, userId)]);
}
