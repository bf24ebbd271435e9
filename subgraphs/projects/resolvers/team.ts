import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage } from '../../../lib/relay';
import { visibleTeamOrNull } from '../access';
import { timeIdCursorOf } from '../../../lib/time-id-cursor';
import { pageRequestOf } from '../../../lib/db/batched-pages';
import type {
  TeamConnectionResolvers,
  TeamMemberConnectionResolvers,
  TeamResolvers,
} from '../generated/resolvers-types';
import { connectionOf, connectionResolvers } from './connections';

export const Team: TeamResolvers = {
  /** Another subgraph's reference: null when the team does not exist or the viewer is not in its organization. */
  __resolveReference: async (reference, context) => {
    const decoded = decodeGlobalId(reference.id);
    if (!decoded || decoded.type !== 'Team') return null;
    return (await visibleTeamOrNull(context, decoded.id))?.team ?? null;
  },
  id: (team) => toGlobalId('Team', team.id),
  organization: (team) => ({ id: toGlobalId('Organization', team.organizationId) }),
  members: async (team, args, context) => {
    const page = parsePage(args);
    const rows = await context.loaders.teamMemberPage.load(pageRequestOf(team.id, page));
    return connectionOf(
      rows,
      page,
      (row) => timeIdCursorOf(row.since, row.userId),
      (row, cursor) => ({ cursor, node: { id: toGlobalId('User', row.userId) }, since: row.since }),
      () => context.loaders.teamMemberCount.load(team.id),
    );
  },
};

export const TeamConnection: TeamConnectionResolvers = connectionResolvers;
export const TeamMemberConnection: TeamMemberConnectionResolvers = connectionResolvers;
