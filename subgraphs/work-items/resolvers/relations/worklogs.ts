import { timeIdConnection } from '../../../../lib/db/batched-pages';
import { userRef } from '../../../../lib/entity-ref';
import { forbidden, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { parsePage, toConnection } from '../../../../lib/relay';
import { projectRoleAtLeast } from '../../../../lib/roles';
import { sqlTimeIdCursor, timeIdCursorOf } from '../../../../lib/time-id-cursor';
import { workItemWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import {
  addWorklog,
  deleteWorklog,
  scopeDayTotals,
  scopeWorklogPage,
  scopeWorklogTotals,
  updateWorklog,
  type WorklogScope,
} from '../../data/worklogs';
import type { Resolvers, WorklogFilter } from '../../generated/resolvers-types';
import type { WorklogConnectionMapper } from '../../mappers';
import {
  daysOfRange,
  maxTimesheetDays,
  maxWorklogRangeDays,
  remainingMinutes,
  utcDay,
  validateDayRange,
  validateMinutes,
  validateWorkDay,
  validateWorklogNote,
} from '../../rules/worklogs';
import { actorOf, optionalGlobalId } from '../input';
import { itemOf } from '../items/item-writes';
import { readableProjectsOf } from '../lists/organization-projects';
import { roleInProjectOf } from './shared';

/**
 * A worklog of an item the viewer can read (NOT_FOUND otherwise), with the item and the viewer's role,
 * which must be at least MEMBER (FORBIDDEN otherwise).
 */
async function worklogInContext(context: WorkItemsContext, globalId: string) {
  const worklog = await context.loaders.worklogById.load(fromGlobalId(globalId, 'Worklog', 'input.id'));
  const item = worklog && (await context.loaders.workItemById.load(worklog.workItemId));
  if (!worklog || !item) throw notFound('Worklog');
  const role = await roleInProjectOf(context, item.projectId, 'MEMBER', 'Worklog');
  return { worklog, item, role };
}

/**
 * The worklogs a root list or timesheet covers: the organization's projects the viewer reads (or the
 * one asked for, NOT_FOUND unless readable) over the filter's range of at most `maxDays` days.
 */
async function scopeOf(
  context: WorkItemsContext,
  organizationGlobalId: string,
  filter: WorklogFilter,
  maxDays: number,
): Promise<WorklogScope> {
  const organizationId = fromGlobalId(organizationGlobalId, 'Organization', 'organizationId');
  const userId = optionalGlobalId(filter.userId, 'User', 'filter.userId') ?? null;
  const projectId = optionalGlobalId(filter.projectId, 'Project', 'filter.projectId') ?? null;
  const { from, to } = validateDayRange(filter.from, filter.to, maxDays, 'filter');
  const readable = await readableProjectsOf(context, organizationId);
  if (projectId && !readable.includes(projectId)) throw notFound('Project');
  return { projectIds: projectId ? [projectId] : readable, from, to, userId };
}

export const worklogResolvers: Resolvers = {
  Query: {
    worklogs: async (_parent, args, context) => {
      const scope = await scopeOf(context, args.organizationId, args.filter, maxWorklogRangeDays);
      const page = parsePage(args);
      const rows = await scopeWorklogPage(context.prisma, scope, sqlTimeIdCursor(page), page.take);
      for (const row of rows) context.loaders.worklogById.prime(row.id, row);
      let totals: ReturnType<typeof scopeWorklogTotals> | undefined;
      const totalsOnce = () => (totals ??= scopeWorklogTotals(context.prisma, scope));
      const connection = toConnection(
        rows,
        page,
        (row) => timeIdCursorOf(row.day, row.id),
        async () => (await totalsOnce()).count,
      );
      return { ...connection, totalMinutes: async () => (await totalsOnce()).minutes };
    },
    timesheet: async (_parent, args, context) => {
      const scope = await scopeOf(context, args.organizationId, args.filter, maxTimesheetDays);
      const days = daysOfRange(scope, await scopeDayTotals(context.prisma, scope));
      return { days, totalMinutes: days.reduce((sum, day) => sum + day.minutes, 0) };
    },
  },

  WorkItem: {
    worklogs: async (item, args, context): Promise<WorklogConnectionMapper> => {
      const totals = () => context.loaders.itemWorklogTotals.load(item.id);
      const connection = await timeIdConnection(item.id, args, {
        pages: context.loaders.itemWorklogPage,
        counts: { load: async () => (await totals()).count },
      });
      return { ...connection, totalMinutes: async () => (await totals()).minutes };
    },
    timeTracking: (item) => item,
  },

  WorklogConnection: {
    totalCount: (connection) => connection.totalCount(),
    totalMinutes: (connection) => connection.totalMinutes(),
  },

  Worklog: {
    id: (worklog) => toGlobalId('Worklog', worklog.id),
    user: (worklog) => userRef(worklog.userId),
    workItem: async (worklog, _args, context) => {
      const item = await context.loaders.workItemById.load(worklog.workItemId);
      if (!item) throw notFound('Work item');
      return item;
    },
  },

  TimeTracking: {
    estimateMinutes: (item) => item.timeEstimateMinutes,
    spentMinutes: async (item, _args, context) => (await context.loaders.itemWorklogTotals.load(item.id)).minutes,
    remainingMinutes: async (item, _args, context) =>
      remainingMinutes(item.timeEstimateMinutes, (await context.loaders.itemWorklogTotals.load(item.id)).minutes),
    byPerson: (item, _args, context) => context.loaders.itemPersonTimes.load(item.id),
  },

  PersonTime: {
    user: (row) => userRef(row.userId),
  },

  Mutation: {
    logWork: async (_parent, { input }, context) => {
      const workItemId = fromGlobalId(input.workItemId, 'WorkItem', 'input.workItemId');
      const actor = actorOf(context);
      const day = validateWorkDay(input.day ?? utcDay(actor.at), actor.at);
      const minutes = validateMinutes(input.minutes);
      const note = validateWorklogNote(input.note ?? '');
      await workItemWithRole(context, workItemId, 'MEMBER');
      const worklog = await context.prisma.$transaction((tx) =>
        addWorklog(tx, actor, { workItemId, day, minutes, note }),
      );
      return { worklog, workItem: await itemOf(context, workItemId) };
    },

    updateWorklog: async (_parent, { input }, context) => {
      fromGlobalId(input.id, 'Worklog', 'input.id');
      const actor = actorOf(context);
      const changes = {
        day: input.day == null ? undefined : validateWorkDay(input.day, actor.at),
        minutes: input.minutes == null ? undefined : validateMinutes(input.minutes),
        note: input.note == null ? undefined : validateWorklogNote(input.note),
      };
      const { worklog } = await worklogInContext(context, input.id);
      if (worklog.userId !== viewerIdOf(context)) throw forbidden('Only the person who logged the time may change it.');
      const updated = await context.prisma.$transaction((tx) =>
        updateWorklog(tx, actor, { id: worklog.id, ...changes }),
      );
      return { worklog: updated, workItem: await itemOf(context, updated.workItemId) };
    },

    deleteWorklog: async (_parent, { input }, context) => {
      const { worklog, role } = await worklogInContext(context, input.id);
      if (worklog.userId !== viewerIdOf(context) && !projectRoleAtLeast(role, 'ADMIN')) {
        throw forbidden('Only the person who logged the time or a project ADMIN may delete it.');
      }
      const actor = actorOf(context);
      const deleted = await context.prisma.$transaction((tx) => deleteWorklog(tx, actor, worklog.id));
      return {
        deletedWorklogId: toGlobalId('Worklog', deleted.id),
        workItem: await itemOf(context, deleted.workItemId),
      };
    },
  },
};
