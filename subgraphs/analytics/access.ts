import { viewerIdOf, type AnalyticsContext } from './context';

export { projectWithRole, readableProject, type ProjectInContext } from '../../lib/server/project-access';

/** Of these projects, those the viewer can read, in one batch. */
export async function readableProjectIds(context: AnalyticsContext, projectIds: readonly string[]): Promise<string[]> {
  const userId = viewerIdOf(context);
  const access = await context.loaders.projectAccess.loadMany(projectIds.map((projectId) => ({ projectId, userId })));
  return projectIds.filter((_, i) => {
    const answer = access[i];
    // An unreachable projects service is an outage, not "no access": let it fail the field.
    if (answer instanceof Error) throw answer;
    return Boolean(answer?.role);
  });
}
