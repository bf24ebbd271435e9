import { AppError, ErrorCode, badInput, forbidden } from '../../lib/errors';
import { fromGlobalId } from '../../lib/ids';
import type { OrganizationRole } from '../../lib/roles';
import { viewerIdOf, type AnalyticsContext } from './context';
import type { WidgetPopulationRef } from './data/dashboard-widget-json';
import { resolvePopulation } from './population-access';
import { maySetSharing } from './rules/dashboard-access';
import type { Sharing } from './rules/dashboard-input';

// The parts of dashboard inputs that need the viewer's rights elsewhere: the project a dashboard is
// shared with and the population a widget measures. Both must be readable by the viewer and in the
// dashboard's organization; otherwise the input field is blamed (BAD_USER_INPUT), whether the thing
// does not exist or is hidden, so nothing leaks.

/**
 * Checks the sharing a create or update leads to: a GUEST may not share with the organization
 * (FORBIDDEN); a project must be one of the organization's that the viewer can read (`input.projectId`).
 */
export async function checkSharing(
  context: AnalyticsContext,
  organizationId: string,
  role: OrganizationRole | null,
  sharing: Sharing,
): Promise<void> {
  if (!maySetSharing(role, sharing.sharing)) throw forbidden('Guests cannot share dashboards with the organization.');
  if (!sharing.projectId) return;
  const access = await context.loaders.projectAccess.load({
    projectId: sharing.projectId,
    userId: viewerIdOf(context),
  });
  if (!access?.role || access.organizationId !== organizationId) {
    throw badInput('input.projectId', 'No project of the dashboard’s organization that you can read has this ID.');
  }
}

export interface WidgetPopulationArgs {
  projectId?: string | null;
  teamId?: string | null;
  savedViewId?: string | null;
}

const kinds = [
  ['projectId', 'Project'],
  ['teamId', 'Team'],
  ['savedViewId', 'SavedView'],
] as const;

/**
 * A widget's population as stored (raw uuid): exactly one of project, team and saved view, which the
 * viewer can read now (`population-access.ts` decides, as for `flowMetrics`) and whose projects are
 * all in the dashboard's organization.
 */
export async function widgetPopulation(
  context: AnalyticsContext,
  args: WidgetPopulationArgs,
  organizationId: string,
  path = 'input.population',
): Promise<WidgetPopulationRef> {
  const population = await resolvePopulation(context, args, path).catch((error: unknown) => {
    if (error instanceof AppError && error.code === ErrorCode.NotFound) {
      const given = kinds.find(([key]) => args[key]);
      throw badInput(`${path}.${given?.[0] ?? 'projectId'}`, 'Nothing you can read has this ID.');
    }
    throw error;
  });
  const [key, type] = kinds.find(([name]) => args[name])!;
  const userId = viewerIdOf(context);
  const access = await context.loaders.projectAccess.loadMany(
    population.projectIds.map((projectId) => ({ projectId, userId })),
  );
  for (const answer of access) {
    if (answer instanceof Error) throw answer;
    if (answer?.organizationId !== organizationId) {
      throw badInput(`${path}.${key}`, 'It is not in the dashboard’s organization.');
    }
  }
  const id = fromGlobalId(args[key]!, type, `${path}.${key}`);
  if (key === 'projectId') return { projectId: id };
  if (key === 'teamId') return { teamId: id };
  return { savedViewId: id };
}
