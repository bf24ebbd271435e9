import { fromGlobalId } from '../../../lib/ids';
import { parsePage } from '../../../lib/relay';
import { viewerIdOf } from '../context';
import { decodeTimeIdCursor, sqlTimeIdCursor, timeIdCursorOf } from '../data/cursors';
import { countVisibleProjects, visibleProjectsPage } from '../data/projects';
import type { Team } from '../generated/prisma/client';
import type { OrganizationResolvers, ProjectConnectionResolvers } from '../generated/resolvers-types';
import { connectionOf, connectionResolvers } from './connections';

export const Organization: OrganizationResolvers = {
  projects: async (organization, args, context) => {
    const organizationId = fromGlobalId(organization.id, 'Organization', 'id');
    const viewerId = viewerIdOf(context);
    const page = parsePage(args);
    const after = sqlTimeIdCursor(page);
    const rows = await visibleProjectsPage(context.prisma, {
      organizationId,
      viewerId,
      afterCreatedAt: after.time,
      afterId: after.id,
      take: page.take,
    });
    for (const { project, viewerRole } of rows) {
      context.loaders.projectById.prime(project.id, project);
      context.loaders.effectiveRole.prime({ projectId: project.id, userId: viewerId }, viewerRole);
    }
    return connectionOf(
      rows,
      page,
      (row) => timeIdCursorOf(row.project.createdAt, row.project.id),
      (row, cursor) => ({ cursor, node: row.project }),
      () => countVisibleProjects(context.prisma, organizationId, viewerId),
    );
  },

  // Non-members get an empty connection rather than an error: the field is reachable through
  // Project.organization by a project member who has since left the organization, and an error
  // there would null the whole project.
  teams: async (organization, args, context) => {
    const organizationId = fromGlobalId(organization.id, 'Organization', 'id');
    const page = parsePage(args);
    const after = decodeTimeIdCursor(page);
    const role = await context.loaders.orgRole.load({ organizationId, userId: viewerIdOf(context) });
    const rows: Team[] = !role
      ? []
      : await context.prisma.team.findMany({
          where: {
            organizationId,
            ...(after && { OR: [{ createdAt: { gt: after.time } }, { createdAt: after.time, id: { gt: after.id } }] }),
          },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          take: page.take,
        });
    for (const team of rows) context.loaders.teamById.prime(team.id, team);
    return connectionOf(
      rows,
      page,
      (team) => timeIdCursorOf(team.createdAt, team.id),
      (team, cursor) => ({ cursor, node: team }),
      async () => (role ? context.prisma.team.count({ where: { organizationId } }) : 0),
    );
  },
};

export const ProjectConnection: ProjectConnectionResolvers = connectionResolvers;
