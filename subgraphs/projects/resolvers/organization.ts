import { fromGlobalId } from '../../../lib/ids';
import { parsePage } from '../../../lib/relay';
import { viewerIdOf } from '../context';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import { pageRequestOf } from '../../../lib/db/batched-pages';
import type { OrganizationResolvers, ProjectConnectionResolvers } from '../generated/resolvers-types';
import { connectionOf, connectionResolvers } from './connections';

export const Organization: OrganizationResolvers = {
  projects: async (organization, args, context) => {
    const organizationId = fromGlobalId(organization.id, 'Organization', 'id');
    const viewerId = viewerIdOf(context);
    const page = parsePage(args);
    const includeArchived = args.includeArchived ?? false;
    const rows = await context.loaders.visibleProjectPage.load({
      ...pageRequestOf(organizationId, page),
      includeArchived,
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
      () => context.loaders.visibleProjectCount.load({ organizationId, includeArchived }),
    );
  },

  // Non-members get an empty connection rather than an error: the field is reachable by someone who
  // just left the organization (the payload of removeOrganizationMember), and an error there would
  // null the whole payload.
  teams: async (organization, args, context) => {
    const organizationId = fromGlobalId(organization.id, 'Organization', 'id');
    const page = parsePage(args);
    const request = pageRequestOf(organizationId, page);
    const role = await context.loaders.orgRole.load({ organizationId, userId: viewerIdOf(context) });
    const rows = role ? await context.loaders.organizationTeamPage.load(request) : [];
    for (const team of rows) context.loaders.teamById.prime(team.id, team);
    return connectionOf(
      rows,
      page,
      (team) => timeIdCursorOf(team.createdAt, team.id),
      (team, cursor) => ({ cursor, node: team }),
      async () => (role ? context.loaders.organizationTeamCount.load(organizationId) : 0),
    );
  },
};

export const ProjectConnection: ProjectConnectionResolvers = connectionResolvers;
