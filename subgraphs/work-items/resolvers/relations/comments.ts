import { timeIdConnection } from '../../../../lib/db/batched-pages';
import { userRef } from '../../../../lib/entity-ref';
import { badInput, forbidden, notFound } from '../../../../lib/errors';
import { fromGlobalId, toGlobalId } from '../../../../lib/ids';
import { projectRoleAtLeast, type ProjectRole } from '../../../../lib/roles';
import { isProjectMember, workItemWithRole } from '../../access';
import { viewerIdOf, type WorkItemsContext } from '../../context';
import { validateCommentBody } from '../../data/comments';
import { keepMentions, maxMentionsPerComment, parseMentions } from '../../rules/mentions';
import { addComment, deleteComment, findComment, updateComment } from '../../data/comment-mutations';
import { addReaction, removeReaction } from '../../data/reactions';
import { parseEmoji } from '../../rules/reactions';
import type { Comment } from '../../generated/prisma/client';
import type { Resolvers } from '../../generated/resolvers-types';
import { forgetAfterWrite } from '../../loaders';
import { actorOf } from '../input';
import { roleInProjectOf } from './shared';

/** The body's mentions of the project's members, deduplicated in order of first mention (one batched access call). */
function mentionsIn(context: WorkItemsContext, projectId: string, body: string): Promise<string[]> {
  return keepMentions(parseMentions(body), (userId) => isProjectMember(context, projectId, userId));
}

/**
 * A comment on an item the viewer can read (NOT_FOUND otherwise), with its item and the viewer's role,
 * which must be at least `required` (FORBIDDEN otherwise).
 */
async function commentInContext(
  context: WorkItemsContext,
  globalId: string,
  field = 'input.id',
  required: ProjectRole = 'VIEWER',
) {
  const id = fromGlobalId(globalId, 'Comment', field);
  const comment = await findComment(context.prisma, id);
  const item = comment && (await context.loaders.workItemById.load(comment.workItemId));
  if (!comment || !item) throw notFound('Comment');
  const role = await roleInProjectOf(context, item.projectId, required, 'Comment');
  return { comment, item, role };
}

/** A reaction's comment, for a project MEMBER, and its emoji: both checked before anything is written. */
async function reactionTarget(context: WorkItemsContext, input: { commentId: string; emoji: string }) {
  fromGlobalId(input.commentId, 'Comment', 'input.commentId');
  const emoji = parseEmoji(input.emoji);
  const { comment } = await commentInContext(context, input.commentId, 'input.commentId', 'MEMBER');
  return { comment, emoji };
}

/**
 * The thread a reply joins: the comment replied to, or the thread's first comment when that is itself
 * a reply. BAD_USER_INPUT on `input.replyTo` unless it is a comment of the same item.
 */
async function threadOf(context: WorkItemsContext, replyTo: string, workItemId: string): Promise<string> {
  const comment = await findComment(context.prisma, fromGlobalId(replyTo, 'Comment', 'input.replyTo'));
  if (!comment || comment.workItemId !== workItemId) {
    throw badInput('input.replyTo', 'The comment to reply to must be a comment of the same work item.');
  }
  return comment.parentId ?? comment.id;
}

export const commentResolvers: Resolvers = {
  WorkItem: {
    comments: (item, { threads, ...page }, context) =>
      timeIdConnection(
        item.id,
        page,
        threads
          ? { pages: context.loaders.itemThreadPage, counts: context.loaders.itemThreadCount }
          : { pages: context.loaders.itemCommentPage, counts: context.loaders.itemCommentCount },
      ),
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
    parent: async (comment, _args, context) => {
      if (!comment.parentId) return null;
      const parent = await context.loaders.commentById.load(comment.parentId);
      if (!parent) throw notFound('Comment');
      return parent;
    },
    replies: (comment, args, context) =>
      timeIdConnection(comment.id, args, {
        pages: context.loaders.commentReplyPage,
        counts: context.loaders.commentReplyCount,
      }),
    reactions: (comment, _args, context) => context.loaders.commentReactions.load(comment.id),
  },

  ReactionGroup: {
    reactors: (group) => group.reactorIds.map(userRef),
  },

  Mutation: {
    addComment: async (_parent, { input }, context) => {
      const workItemId = fromGlobalId(input.workItemId, 'WorkItem', 'input.workItemId');
      const body = validateCommentBody(input.body);
      const { item } = await workItemWithRole(context, workItemId, 'MEMBER');
      const parentId = input.replyTo ? await threadOf(context, input.replyTo, item.id) : null;
      const mentionedUserIds = await mentionsIn(context, item.projectId, body);
      const actor = actorOf(context);
      const comment = await context.prisma.$transaction((tx) =>
        addComment(tx, actor, { workItemId, body, mentionedUserIds, parentId }),
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

    addReaction: async (_parent, { input }, context) => {
      const { comment, emoji } = await reactionTarget(context, input);
      const { at, userId } = actorOf(context);
      await context.prisma.$transaction((tx) => addReaction(tx, { commentId: comment.id, emoji, userId, at }));
      forgetAfterWrite(context.loaders);
      return { comment };
    },

    removeReaction: async (_parent, { input }, context) => {
      const { comment, emoji } = await reactionTarget(context, input);
      await removeReaction(context.prisma, { commentId: comment.id, emoji, userId: viewerIdOf(context) });
      forgetAfterWrite(context.loaders);
      return { comment };
    },
  },
};
