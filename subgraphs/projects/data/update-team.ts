import type { ProjectsTx } from '../db';
import type { Team } from '../generated/prisma/client';
import { conflictOnDuplicate } from './conflicts';

/**
 * Renames a team or changes its description (no event: no other service keeps team names); CONFLICT
 * on `input.name` when another team of the organization has that name. One statement.
 */
export function updateTeam(
  tx: ProjectsTx,
  teamId: string,
  edits: { name?: string; description?: string },
): Promise<Team> {
  return conflictOnDuplicate(
    tx.team.update({ where: { id: teamId }, data: edits }),
    'The organization already has a team with this name.',
    'input.name',
  );
}
