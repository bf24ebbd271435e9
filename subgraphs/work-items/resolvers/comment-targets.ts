import { badInput } from '../../../lib/errors';
import { uuidPattern } from '../../../lib/ids';
import { commentTargetRows } from '../data/comment-targets';
import type { CommentTarget, Resolvers } from '../generated/resolvers-types';
import { maxBulkItems } from '../validation';

/** Other services' lookup of comments they attach things to (shield lets only services call it). */
export const commentTargetResolvers: Resolvers = {
  Query: {
    commentTargets: async (_parent, { ids }, context) => {
      if (ids.length > maxBulkItems) throw badInput('ids', `At most ${maxBulkItems} comments at once.`);
      ids.forEach((id, index) => {
        if (!uuidPattern.test(id)) throw badInput(`ids.${index}`, 'Not a comment uuid.');
      });
      const rows = await commentTargetRows(context.prisma, ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id): CommentTarget | null => byId.get(id) ?? null);
    },
  },
};
