import { z } from 'zod';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { dateTime, personReference } from './shared';
import { itemRoot, locateItemRef, organizationQuery, workItemIdOf, workItemParams } from './work-item-ref';

const commentFields = `id body author { id name } edited createdAt updatedAt parent { id } reactions { emoji count }`;

const comment = z.object({
  id: z.string(),
  body: z.string().describe('Markdown; `@name` mentions notify the people mentioned.'),
  author: personReference,
  edited: z.boolean(),
  createdAt: dateTime,
  updatedAt: dateTime,
  parent: z
    .object({ id: z.string() })
    .nullable()
    .describe('The comment that starts the thread this one replies to; null when it starts a thread.'),
  reactions: z
    .array(z.object({ emoji: z.string(), count: z.number().int() }))
    .describe('One entry per emoji, in the order each was first used.'),
});

export const commentRoutes: RouteGroup = {
  tag: 'Comments',
  description: 'Comments on work items: everyone in the project reads them, admins and members write them.',
  schemas: { Comment: comment },
  routes: [
    defineRoute({
      method: 'GET',
      path: '/work-items/{key}/comments',
      operationId: 'listComments',
      summary: "List a work item's comments",
      description: 'The comments on the item, replies included, oldest first; a reply names its thread in `parent`.',
      params: workItemParams,
      query: organizationQuery,
      paginated: true,
      success: { status: 200, description: 'A page of comments.', schema: { listOf: 'Comment' } },
      async handle({ params, query, page, run, list }) {
        const root = itemRoot(params.key, query.organizationId);
        const data = await run<{ item: { comments: Parameters<typeof list>[0] } }>(
          `query RestComments(${root.declarations}, ${pageDeclarations}) { ${root.field} {
            comments(${pageArguments}) { totalCount ${pageInfoFields} edges { node { ${commentFields} } } } }
          }`,
          { ...root.variables, ...page.variables },
          locateItemRef,
        );
        return list(data.item.comments);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/work-items/{key}/comments',
      operationId: 'addComment',
      summary: 'Comment on a work item',
      description: 'Adds a comment as you. Send `Idempotency-Key` to retry without commenting twice.',
      params: workItemParams,
      query: organizationQuery,
      body: z.strictObject({
        body: z.string().describe('Markdown, at most 50 people mentioned.'),
        replyTo: z
          .string()
          .optional()
          .describe('The ID of a comment on the same item to reply to; a reply to a reply joins its thread.'),
      }),
      success: { status: 201, description: 'The new comment.', schema: { component: 'Comment' } },
      problems: [403, 409, 422],
      async handle(context) {
        const workItemId = await workItemIdOf(context, context.params.key, context.query.organizationId);
        const data = await context.run<{ addComment: { comment: unknown } }>(
          `mutation RestAddComment($input: AddCommentInput!) { addComment(input: $input) { comment { ${commentFields} } } }`,
          { input: { workItemId, body: context.body.body, replyTo: context.body.replyTo } },
        );
        return { status: 201, body: data.addComment.comment };
      },
    }),
  ],
};
