import type { ProjectRole } from '../../../lib/roles';
import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectTeamAttached, writeProjectEvents } from '../events/project-events';
import { conflictOnDuplicate } from './conflicts';

/** Grants a team of the project's organization a role in the project; CONFLICT on `input.teamId` when attached. */
export async function attachTeam(
  tx: ProjectsTx,
  actorId: string,
  project: Project,
  link: { teamId: string; role: ProjectRole },
): Promise<void> {
  await conflictOnDuplicate(
    tx.projectTeam.create({ data: { projectId: project.id, teamId: link.teamId, role: link.role } }),
    'The team is already attached to the project.',
    'input.teamId',
  );
  await writeProjectEvents(tx, [projectTeamAttached(actorId, project, link.teamId, link.role)]);
}
