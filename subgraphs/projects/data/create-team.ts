import type { ProjectsTx } from '../db';
import type { Team } from '../generated/prisma/client';
import { conflictOnDuplicate } from './conflicts';

/**
 * Creates a team (no event: nobody reacts to an empty team); CONFLICT on `input.name` when the
 * organization has a team of that name. One statement, so a caller may pass the client itself.
 */
export function createTeam(
  tx: ProjectsTx,
  input: { organizationId: string; name: string; description: string },
): Promise<Team> {
  return conflictOnDuplicate(
    tx.team.create({ data: input }),
    'The organization already has a team with this name.',
    'input.name',
  );
}
