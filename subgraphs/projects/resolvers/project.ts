import { notFound } from '../../../lib/errors';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage } from '../../../lib/relay';
import { visibleProjectOrNull } from '../access';
import { sqlTimeIdCursor, timeIdCursorOf } from '../../../lib/time-id-cursor';
import { pageRequestOf } from '../../../lib/db/batched-pages';
import type {
  ProjectMemberConnectionResolvers,
  ProjectResolvers,
  ProjectTeamConnectionResolvers,
} from '../generated/resolvers-types';
import { permissionsOf } from '../../../lib/roles';
import { connectionOf, connectionResolvers } from './connections';

export const Project: ProjectResolvers = {
  /**
   * Another subgraph's reference (a notification's project, `node(id)`): null, not an error, when the
   * project does not exist or the viewer cannot see it, so the field referring to it is null.
   */
  __resolveReference: async (reference, context) => {
    const decoded = decodeGlobalId(reference.id);
    if (!decoded || decoded.type !== 'Project') return null;
    return (await visibleProjectOrNull(context, decoded.id))?.project ?? null;
  },
  id: (project) => toGlobalId('Project', project.id),
  organization: (project) => ({ id: toGlobalId('Organization', project.organizationId) }),

  // Access was checked where the project entered the graph (project, projectByKey, entities,
  // Organization.projects, mutations), so nested fields only batch their reads.
  members: async (project, args, context) => {
    const page = parsePage(args);
    const after = sqlTimeIdCursor(page);
    const rows = await context.loaders.projectMemberPage.load({
      projectId: project.id,
      afterSince: after.time,
      afterUserId: after.id,
      take: page.take,
      direction: after.direction,
    });
    return connectionOf(
      rows,
      page,
      (row) => timeIdCursorOf(row.since, row.userId),
      (row, cursor) => ({
        cursor,
        node: { id: toGlobalId('User', row.userId) },
        role: row.role,
        directRole: row.directRole,
        since: row.since,
      }),
      () => context.loaders.projectMemberCount.load(project.id),
    );
  },

  teams: async (project, args, context) => {
    const page = parsePage(args);
    const rows = await context.loaders.projectTeamPage.load(pageRequestOf(project.id, page));
    for (const { team } of rows) context.loaders.teamById.prime(team.id, team);
    return connectionOf(
      rows,
      page,
      (row) => timeIdCursorOf(row.attachedAt, row.team.id),
      (row, cursor) => ({ cursor, node: row.team, role: row.role }),
      () => context.loaders.projectTeamCount.load(project.id),
    );
  },

  viewerRole: async (project, _args, context) => {
    const role = await context.loaders.viewerRole(project.id);
    if (!role) throw notFound('Project');
    return role;
  },
  viewerPermissions: async (project, _args, context) => {
    const permissions = permissionsOf(await context.loaders.viewerRole(project.id));
    return project.archivedAt ? { ...permissions, canWrite: false } : permissions;
  },
};

export const ProjectMemberConnection: ProjectMemberConnectionResolvers = connectionResolvers;
export const ProjectTeamConnection: ProjectTeamConnectionResolvers = connectionResolvers;
