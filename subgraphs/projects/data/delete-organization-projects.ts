import type { ProjectsTx } from '../db';
import { projectDeleted, writeProjectEvents } from '../events/project-events';

/**
 * Deletes every project and team of a deleted organization, archived or not, with a `project.deleted`
 * for each project (the removal's actor and time), so every other service purges them as it purges
 * one deleted project. Members, team members and team links go by cascade. A second run finds nothing.
 */
export async function deleteOrganizationProjects(
  tx: ProjectsTx,
  removal: { organizationId: string; actorId: string | null; occurredAt: Date },
): Promise<{ projects: number; teams: number }> {
  const { organizationId } = removal;
  const projects = await tx.project.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  await writeProjectEvents(
    tx,
    projects.map((project) => projectDeleted(removal.actorId, project, { occurredAt: removal.occurredAt })),
  );
  const deleted = await tx.project.deleteMany({ where: { organizationId } });
  const teams = await tx.team.deleteMany({ where: { organizationId } });
  return { projects: deleted.count, teams: teams.count };
}
