import { conflict, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { projectWithRole, sprintWithRole } from '../../access';
import { viewerIdOf } from '../../context';
import { lockSprint, requireState } from '../../data/sprint-writes';
import { sprintEvent, writeSprintEvents } from '../../events/sprint-events';
import type { Sprint } from '../../generated/prisma/client';
import type { MutationResolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { notNull, validateDates, validateGoal, validateName } from '../../validation';
import { requireNoOverlapWithActive } from './shared';

const sameDay = (a: Date, b: Date) => a.getTime() === b.getTime();

export const sprintCrudMutations: MutationResolvers = {
  createSprint: async (_parent, { input }, context) => {
    const projectId = fromGlobalId(input.projectId, 'Project', 'input.projectId');
    const name = validateName(input.name);
    const goal = validateGoal(input.goal ?? '');
    const { startDate, endDate } = input;
    validateDates(startDate, endDate);
    const { organizationId } = await projectWithRole(context, projectId, 'MEMBER');
    const actorId = viewerIdOf(context);
    const at = new Date();
    const sprint = await context.prisma.$transaction(async (tx) => {
      await requireNoOverlapWithActive(tx, projectId, { startDate, endDate });
      const created = await tx.sprint.create({
        data: {
          projectId,
          organizationId,
          name,
          goal,
          startDate,
          endDate,
          createdById: actorId,
          createdAt: at,
          updatedAt: at,
        },
      });
      await writeSprintEvents(tx, [sprintEvent('sprint.created', created, { actorId, at }, {})]);
      return created;
    });
    forgetAfterWrite(context.loaders);
    return { sprint };
  },

  /** Writes (and announces) only the fields that really change; nothing at all when none do. */
  updateSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    const givenName = notNull(input.name, 'input.name');
    const name = givenName === undefined ? undefined : validateName(givenName);
    const goal = input.goal === undefined ? undefined : validateGoal(input.goal ?? '');
    const startDate = notNull(input.startDate, 'input.startDate');
    const endDate = notNull(input.endDate, 'input.endDate');
    await sprintWithRole(context, id);
    const actorId = viewerIdOf(context);
    const at = new Date();
    const sprint = await context.prisma.$transaction(async (tx) => {
      const current = await lockSprint(tx, id);
      if (!current) throw notFound('Sprint');
      const next: Sprint = {
        ...current,
        name: name ?? current.name,
        goal: goal ?? current.goal,
        startDate: startDate ?? current.startDate,
        endDate: endDate ?? current.endDate,
      };
      const changedFields = [
        next.name !== current.name && 'name',
        next.goal !== current.goal && 'goal',
        !sameDay(next.startDate, current.startDate) && 'startDate',
        !sameDay(next.endDate, current.endDate) && 'endDate',
      ].filter((field): field is string => Boolean(field));
      if (!changedFields.length) return current;
      const datesChanged = changedFields.includes('startDate') || changedFields.includes('endDate');
      if (datesChanged) {
        if (current.state === 'COMPLETED') {
          throw conflict('The sprint is completed: its dates can no longer change.', { state: current.state });
        }
        validateDates(next.startDate, next.endDate, endDate ? 'input.endDate' : 'input.startDate');
        if (current.state === 'PLANNED') await requireNoOverlapWithActive(tx, current.projectId, next);
      }
      const updated = await tx.sprint.update({
        where: { id },
        data: { name: next.name, goal: next.goal, startDate: next.startDate, endDate: next.endDate, updatedAt: at },
      });
      await writeSprintEvents(tx, [sprintEvent('sprint.updated', updated, { actorId, at }, { changedFields })]);
      return updated;
    });
    forgetAfterWrite(context.loaders);
    return { sprint };
  },

  /** The items go back to the backlog: their memberships, scope log and capacities go with the sprint. */
  deleteSprint: async (_parent, { input }, context) => {
    const id = fromGlobalId(input.id, 'Sprint', 'input.id');
    await sprintWithRole(context, id);
    const actorId = viewerIdOf(context);
    const at = new Date();
    const deleted = await context.prisma.$transaction(async (tx) => {
      const sprint = await lockSprint(tx, id);
      if (!sprint) throw notFound('Sprint');
      requireState(sprint, ['PLANNED'], 'only a planned sprint can be deleted');
      const items = await tx.sprintItem.findMany({
        where: { sprintId: id },
        orderBy: { seq: 'asc' },
        select: { workItemId: true },
      });
      await tx.sprint.delete({ where: { id } });
      await writeSprintEvents(tx, [
        sprintEvent('sprint.deleted', sprint, { actorId, at }, { workItemIds: items.map((item) => item.workItemId) }),
      ]);
      return sprint;
    });
    forgetAfterWrite(context.loaders);
    return { deletedSprintId: toGlobalId('Sprint', deleted.id), project: { projectId: deleted.projectId } };
  },
};
