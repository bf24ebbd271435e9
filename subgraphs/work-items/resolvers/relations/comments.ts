import { timeIdConnection } from '../../../../lib/db/batched-pages';
import { userRef } from '../../../../lib/entity-ref';
import { forbidden, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { projectRoleAtLeast } from '../../../../lib/roles';
import { isProjectMember, workItemWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import { validateCommentBody } from '../../data/comments';
import { keepMentions, maxMentionsPerComment, parseMentions } from '../../rules/mentions';
import { addComment, deleteComment, findComment, updateComment } from '../../data/comment-mutations';
import type { Comment } from '../../generated/prisma/client';
import type { Resolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { actorOf } from '../input';
import { roleInProjectOf } from './shared';

/** The body's mentions of the project's members, deduplicated in order of first mention (one batched access call). */
function mentionsIn(context: WorkItemsContext, projectId: string, body: string): Promise<string[]> {
  return keepMentions(parseMentions(body), (userId) => isProjectMember(context, projectId, userId));
}

/** A comment on an item the viewer can read (NOT_FOUND otherwise), with its item and the viewer's role. */
async function commentInContext(context: WorkItemsContext, globalId: string) {
  const id = fromGlobalId(globalId, 'Comment', 'input.id');
  const comment = await findComment(context.prisma, id);
  const item = comment && (await context.loaders.workItemById.load(comment.workItemId));
  if (!comment || !item) throw notFound('Comment');
  const role = await roleInProjectOf(context, item.projectId, 'VIEWER', 'Comment');
  return { comment, item, role };
}

export const commentResolvers: Resolvers = {
  WorkItem: {
    comments: (item, args, context) =>
      timeIdConnection(item.id, args, {
        pages: context.loaders.itemCommentPage,
        counts: context.loaders.itemCommentCount,
      }),
  },

  CommentConnection: {
    totalCount: (connection) => connection.totalCount(),
  },

  Comment: {
    id: (comment) => toGlobalId('Comment', comment.id),
    author: (comment) => userRef(comment.authorId),
    mentionedUsers: (comment) => comment.mentionedUserIds.slice(0, maxMentionsPerComment).map(userRef),
    workItem: async (comment, _args, context) => {
      const item = await context.loaders.workItemById.load(comment.workItemId);
      if (!item) throw notFound('Work item');
      return item;
    },
    edited: (comment: Comment) => comment.updatedAt.getTime() > comment.createdAt.getTime(),
  },

  Mutation: {
    addComment: async (_parent, { input }, context) => {
      const workItemId = fromGlobalId(input.workItemId, 'WorkItem', 'input.workItemId');
      const body = validateCommentBody(input.body);
      const { item } = await workItemWithRole(context, workItemId, 'MEMBER');
      const mentionedUserIds = await mentionsIn(context, item.projectId, body);
      const actor = actorOf(context);
      const comment = await context.prisma.$transaction((tx) =>
        addComment(tx, actor, { workItemId, body, mentionedUserIds }),
      );
      forgetAfterWrite(context.loaders);
      return { comment };
    },

    updateComment: async (_parent, { input }, context) => {
      fromGlobalId(input.id, 'Comment', 'input.id');
      const body = validateCommentBody(input.body);
      const { comment, item, role } = await commentInContext(context, input.id);
      if (comment.authorId !== viewerIdOf(context)) throw forbidden('Only the author may edit a comment.');
      if (!projectRoleAtLeast(role, 'MEMBER')) throw forbidden('This requires the MEMBER role in the project.');
      if (body === comment.body) return { comment };
      const mentionedUserIds = await mentionsIn(context, item.projectId, body);
      const updated = await updateComment(context.prisma, { id: comment.id, body, mentionedUserIds });
      forgetAfterWrite(context.loaders);
      return { comment: updated };
    },

    deleteComment: async (_parent, { input }, context) => {
      const { comment, item, role } = await commentInContext(context, input.id);
      const isAuthor = comment.authorId === viewerIdOf(context);
      if (!(isAuthor && projectRoleAtLeast(role, 'MEMBER')) && !projectRoleAtLeast(role, 'ADMIN')) {
        throw forbidden('Only the author or a project ADMIN may delete a comment.');
      }
      const actor = actorOf(context);
      await context.prisma.$transaction((tx) =>
        deleteComment(tx, actor, { id: comment.id, workItemId: comment.workItemId }),
      );
      forgetAfterWrite(context.loaders);
      context.loaders.workItemById.prime(item.id, item);
      return { deletedCommentId: toGlobalId('Comment', comment.id), workItem: item };
    },
  },
};
