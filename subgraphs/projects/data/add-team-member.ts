import type { ProjectsTx } from '../db';
import type { Team } from '../generated/prisma/client';
import { teamMemberAdded, writeProjectEvents } from '../events/project-events';
import { conflictOnDuplicate } from './conflicts';

/** Adds an organization member to the team; CONFLICT on `input.userId` when they are in it already. */
export async function addTeamMember(tx: ProjectsTx, actorId: string, team: Team, userId: string): Promise<void> {
  await conflictOnDuplicate(
    tx.teamMember.create({ data: { teamId: team.id, userId } }),
    'The user is already a member of the team.',
    'input.userId',
  );
  await writeProjectEvents(tx, [teamMemberAdded(actorId, team, userId)]);
}
