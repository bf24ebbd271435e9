import { badInput, notFound } from '../../lib/errors';
import { fromGlobalId } from '../../lib/ids';
import { readableProject, readableProjectIds } from './access';
import type { AnalyticsContext } from './context';
import type { FlowFilter, FlowPopulation } from './data/populations';
import { savedViewItemIds } from './data/saved-view-items';
import { teamProjectIds } from './data/team-projects';

export interface FlowFilterArgs {
  types?: readonly string[] | null;
  assigneeIds?: readonly string[] | null;
  unassigned?: boolean | null;
  labelIds?: readonly string[] | null;
  parentId?: string | null;
}

export interface FlowPopulationArgs {
  projectId?: string | null;
  teamId?: string | null;
  savedViewId?: string | null;
  filter?: FlowFilterArgs | null;
}

const maxFilterIds = 100;

function idList(ids: readonly string[] | null | undefined, type: string, path: string): string[] | null {
  if (!ids?.length) return null;
  if (ids.length > maxFilterIds) throw badInput(path, `At most ${maxFilterIds} IDs.`);
  return ids.map((id, i) => fromGlobalId(id, type, `${path}.${i}`));
}

/** The filter with global IDs turned into raw ids; null when it narrows nothing. */
export function parseFlowFilter(args: FlowFilterArgs | null | undefined, path: string): FlowFilter | null {
  if (!args) return null;
  const filter: FlowFilter = {
    types: args.types?.length ? [...args.types] : null,
    assigneeIds: idList(args.assigneeIds, 'User', `${path}.assigneeIds`),
    unassigned: args.unassigned ?? null,
    labelIds: idList(args.labelIds, 'Label', `${path}.labelIds`),
    parentId: args.parentId ? fromGlobalId(args.parentId, 'WorkItem', `${path}.parentId`) : null,
  };
  return Object.values(filter).every((value) => value === null) ? null : filter;
}

/** A project's items, if the viewer can read it (NOT_FOUND otherwise). */
export async function projectPopulation(
  context: AnalyticsContext,
  projectId: string,
  filter: FlowFilter | null,
): Promise<FlowPopulation> {
  await readableProject(context, projectId);
  return { projectIds: [projectId], itemIds: null, filter };
}

/** The items of the team's projects the viewer can read; NOT_FOUND when there is none. */
export async function teamPopulation(
  context: AnalyticsContext,
  teamId: string,
  filter: FlowFilter | null,
): Promise<FlowPopulation> {
  const projectIds = await readableProjectIds(context, await teamProjectIds(context.prisma, teamId));
  if (!projectIds.length) throw notFound('Team');
  return { projectIds, itemIds: null, filter };
}

/** The items a saved view matches now, as the viewer sees them (work-items decides). */
export async function savedViewPopulation(
  context: AnalyticsContext,
  savedViewId: string,
  filter: FlowFilter | null,
): Promise<FlowPopulation> {
  const view = await savedViewItemIds(context, savedViewId);
  await readableProject(context, view.projectId);
  return { projectIds: [view.projectId], itemIds: view.itemIds, filter };
}

/** Exactly one of project, team and saved view, narrowed by the filter; BAD_USER_INPUT otherwise. */
export function resolvePopulation(
  context: AnalyticsContext,
  args: FlowPopulationArgs,
  path: string,
): Promise<FlowPopulation> {
  const given = (['projectId', 'teamId', 'savedViewId'] as const).filter((key) => args[key]);
  if (given.length !== 1) throw badInput(path, 'Give exactly one of projectId, teamId and savedViewId.');
  const filter = parseFlowFilter(args.filter, `${path}.filter`);
  if (args.projectId)
    return projectPopulation(context, fromGlobalId(args.projectId, 'Project', `${path}.projectId`), filter);
  if (args.teamId) return teamPopulation(context, fromGlobalId(args.teamId, 'Team', `${path}.teamId`), filter);
  return savedViewPopulation(context, fromGlobalId(args.savedViewId!, 'SavedView', `${path}.savedViewId`), filter);
}
