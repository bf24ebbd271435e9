import type { Consumer, EventBus, StreamEvent } from '../../../lib/events/bus';
import { markProcessed } from '../../../lib/events/processed-events';
import type { Logger } from '../../../lib/logger';
import type { ProjectsPrisma } from '../db';
import { deleteOrganizationProjects } from '../data/delete-organization-projects';
import { leaveOrganization } from '../data/leave-organization';

/** The consumer group (and processed-events consumer name) of the projects service. */
export const projectsGroup = 'projects';

/**
 * Handles one organization event, once: it is marked processed in the transaction of its effects.
 * `organization.member_removed` removes the person's direct project and team memberships in that
 * organization, with the `project.member_removed` and `team.member_removed` events every other
 * service already reacts to. Access itself ended with the removal (effective roles require a current
 * organization membership); this makes `Project.members`, teams and the other services agree.
 * `organization.deleted` deletes its projects and teams, with a `project.deleted` for each project.
 */
export function createOrganizationEventHandler(
  prisma: ProjectsPrisma,
  logger: Logger,
): (event: Pick<StreamEvent, 'envelope'>) => Promise<void> {
  return async ({ envelope }) => {
    await prisma.$transaction(async (tx) => {
      if (!(await markProcessed(tx, 'projects', projectsGroup, envelope.id))) return;
      if (envelope.type === 'organization.deleted') {
        const deleted = await deleteOrganizationProjects(tx, {
          organizationId: envelope.organizationId,
          actorId: envelope.actorId,
          occurredAt: new Date(envelope.occurredAt),
        });
        logger.info('organization deleted: its projects and teams deleted', { eventId: envelope.id, ...deleted });
        return;
      }
      if (envelope.type !== 'organization.member_removed') return;
      const left = await leaveOrganization(tx, {
        organizationId: envelope.organizationId,
        userId: envelope.payload.userId,
        actorId: envelope.actorId,
        grantedUpTo: new Date(envelope.occurredAt),
      });
      logger.debug('organization member removed from projects and teams', {
        eventId: envelope.id,
        projects: left.projects,
        teams: left.teams,
      });
    });
  };
}

/** Consumes the users stream; a new group starts at the beginning of the retained stream. */
export function startOrganizationConsumer(options: {
  prisma: ProjectsPrisma;
  bus: EventBus;
  logger: Logger;
  consumer?: string;
}): Consumer {
  const handle = createOrganizationEventHandler(options.prisma, options.logger);
  return options.bus.consume({
    group: projectsGroup,
    streams: ['users'],
    consumer: options.consumer,
    handle: (event) => handle(event),
  });
}
