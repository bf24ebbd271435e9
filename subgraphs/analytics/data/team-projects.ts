import type { AnalyticsPrisma, AnalyticsTx } from '../db';

/** A team was attached to a project: its metrics now cover the project's items. Idempotent. */
export async function attachTeamToProject(tx: AnalyticsTx, teamId: string, projectId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO analytics.team_project (team_id, project_id) VALUES (${teamId}::uuid, ${projectId}::uuid)
    ON CONFLICT DO NOTHING`;
}

export async function detachTeamFromProject(tx: AnalyticsTx, teamId: string, projectId: string): Promise<void> {
  await tx.teamProject.deleteMany({ where: { teamId, projectId } });
}

/** The projects a team is attached to (primary key: team, project). */
export async function teamProjectIds(prisma: AnalyticsPrisma, teamId: string): Promise<string[]> {
  const rows = await prisma.teamProject.findMany({ where: { teamId }, select: { projectId: true } });
  return rows.map((row) => row.projectId);
}

/** The teams attached to each of these projects, for grouping by team. */
export async function teamsOfProjects(prisma: AnalyticsPrisma, projectIds: readonly string[]) {
  return prisma.teamProject.findMany({ where: { projectId: { in: [...projectIds] } } });
}
