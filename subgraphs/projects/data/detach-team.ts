import { AppError, ErrorCode } from '../../../lib/errors';
import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectTeamDetached, writeProjectEvents } from '../events/project-events';

/** Ends a team's role in the project; NOT_FOUND when the team is not attached. */
export async function detachTeam(tx: ProjectsTx, actorId: string, project: Project, teamId: string): Promise<void> {
  const { count } = await tx.projectTeam.deleteMany({ where: { projectId: project.id, teamId } });
  if (count === 0) throw new AppError(ErrorCode.NotFound, 'The team is not attached to the project.');
  await writeProjectEvents(tx, [projectTeamDetached(actorId, project, teamId)]);
}
