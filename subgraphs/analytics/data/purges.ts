import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import type { DeletedOrganization, DeletedProject, PurgedRows } from '../../../lib/events/purges';
import type { AnalyticsPrisma } from '../db';
import { bumpVersion, densifyPositions } from './dashboard-writes';
import { shareReadModel } from './read-model-lock';

const TouchedDashboard = z.object({ id: z.string(), sharedWithProject: z.boolean() });

/**
 * Deletes, in one transaction, a deleted project's rows in the read model and its flow settings;
 * removes the widgets measuring it from every dashboard of the organization (closing the gap, as
 * `removeDashboardWidget` does); and makes the dashboards shared with the project private to their
 * owners. Each dashboard touched moves to a new version.
 */
export function purgeProject(prisma: AnalyticsPrisma, project: DeletedProject): Promise<PurgedRows> {
  const ofProject = { where: { projectId: project.id } };
  return prisma.$transaction(async (tx) => {
    await shareReadModel(tx);
    const dashboards = parseRows(
      'dashboardsOfDeletedProject',
      TouchedDashboard,
      await tx.$queryRaw`
        SELECT d.id::text AS id, d.project_id IS NOT NULL AS "sharedWithProject"
        FROM analytics.dashboard d
        WHERE d.organization_id = ${project.organizationId}::uuid
          AND (d.project_id = ${project.id}::uuid OR EXISTS (
            SELECT 1 FROM analytics.dashboard_widget w
            WHERE w.dashboard_id = d.id AND w.population ->> 'projectId' = ${project.id}))
        ORDER BY d.id
        FOR UPDATE`,
    );
    const widgets = await tx.$executeRaw`
      DELETE FROM analytics.dashboard_widget
      WHERE dashboard_id = ANY(${dashboards.map((dashboard) => dashboard.id)}::uuid[])
        AND population ->> 'projectId' = ${project.id}`;
    for (const dashboard of dashboards) {
      await densifyPositions(tx, dashboard.id);
      await bumpVersion(tx, dashboard.id, dashboard.sharedWithProject ? { sharing: 'PRIVATE', projectId: null } : {});
    }
    return {
      widgets,
      dashboardsMadePrivate: dashboards.filter((dashboard) => dashboard.sharedWithProject).length,
      itemFacts: (await tx.itemFact.deleteMany(ofProject)).count,
      stateChanges: (await tx.stateChange.deleteMany(ofProject)).count,
      projectStates: (await tx.projectState.deleteMany(ofProject)).count,
      stateDayDeltas: (await tx.stateDayDelta.deleteMany(ofProject)).count,
      flowDayStats: (await tx.flowDayStat.deleteMany(ofProject)).count,
      flowSettings: (await tx.projectFlowSettings.deleteMany(ofProject)).count,
      teamProjects: (await tx.teamProject.deleteMany(ofProject)).count,
    };
  });
}

/** Deletes a deleted organization's dashboards (their widgets and report subscriptions go with them). */
export async function purgeOrganization(
  prisma: AnalyticsPrisma,
  organization: DeletedOrganization,
): Promise<PurgedRows> {
  return { dashboards: (await prisma.dashboard.deleteMany({ where: { organizationId: organization.id } })).count };
}
