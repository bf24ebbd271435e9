import { notFound } from '../../../lib/errors';
import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage } from '../../../lib/relay';
import { visibleTeam } from '../access';
import { decodeTimeIdCursor, timeIdCursorOf } from '../data/cursors';
import type {
  TeamConnectionResolvers,
  TeamMemberConnectionResolvers,
  TeamResolvers,
} from '../generated/resolvers-types';
import { connectionOf, connectionResolvers } from './connections';

export const Team: TeamResolvers = {
  __resolveReference: async (reference, context) => {
    const decoded = decodeGlobalId(reference.id);
    if (!decoded || decoded.type !== 'Team') throw notFound('Team');
    return (await visibleTeam(context, decoded.id)).team;
  },
  id: (team) => toGlobalId('Team', team.id),
  organization: (team) => ({ id: toGlobalId('Organization', team.organizationId) }),
  members: async (team, args, context) => {
    const page = parsePage(args);
    const after = decodeTimeIdCursor(page);
    const rows = await context.prisma.teamMember.findMany({
      where: {
        teamId: team.id,
        ...(after && { OR: [{ createdAt: { gt: after.time } }, { createdAt: after.time, userId: { gt: after.id } }] }),
      },
      orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
      take: page.take,
    });
    return connectionOf(
      rows,
      page,
      (row) => timeIdCursorOf(row.createdAt, row.userId),
      (row, cursor) => ({ cursor, node: { id: toGlobalId('User', row.userId) }, since: row.createdAt }),
      () => context.prisma.teamMember.count({ where: { teamId: team.id } }),
    );
  },
};

export const TeamConnection: TeamConnectionResolvers = connectionResolvers;
export const TeamMemberConnection: TeamMemberConnectionResolvers = connectionResolvers;
