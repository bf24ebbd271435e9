import { z } from 'zod';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { date, dateTime, personReference } from './shared';
import { itemRoot, locateItemRef, organizationQuery, workItemIdOf, workItemParams } from './work-item-ref';

const worklogFields = `id day minutes note user { id name } createdAt updatedAt`;

const worklog = z.object({
  id: z.string(),
  day: date.describe('The day the work was done.'),
  minutes: z.number().int().describe('Minutes spent, 1 to 1,440.'),
  note: z.string().describe('What was done (empty when not given).'),
  user: personReference.describe('Who did the work: the person who logged it.'),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const worklogRoutes: RouteGroup = {
  tag: 'Worklogs',
  description: 'Time people spent on work items: everyone in the project reads it, admins and members log their own.',
  schemas: { Worklog: worklog },
  routes: [
    defineRoute({
      method: 'GET',
      path: '/work-items/{key}/worklogs',
      operationId: 'listWorklogs',
      summary: "List a work item's worklogs",
      description: 'The time logged on the item, in the order it was logged.',
      params: workItemParams,
      query: organizationQuery,
      paginated: true,
      success: { status: 200, description: 'A page of worklogs.', schema: { listOf: 'Worklog' } },
      async handle({ params, query, page, run, list }) {
        const root = itemRoot(params.key, query.organizationId);
        const data = await run<{ item: { worklogs: Parameters<typeof list>[0] } }>(
          `query RestWorklogs(${root.declarations}, ${pageDeclarations}) { ${root.field} {
            worklogs(${pageArguments}) { totalCount ${pageInfoFields} edges { node { ${worklogFields} } } } }
          }`,
          { ...root.variables, ...page.variables },
          locateItemRef,
        );
        return list(data.item.worklogs);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/work-items/{key}/worklogs',
      operationId: 'logWork',
      summary: 'Log time on a work item',
      description:
        'Logs minutes you spent on the item on one day; one person logs at most 1,440 minutes a day over every item (409 past that). Send `Idempotency-Key` to retry without logging twice.',
      params: workItemParams,
      query: organizationQuery,
      body: z.strictObject({
        minutes: z.number().int().describe('Minutes spent, 1 to 1,440.'),
        day: date.optional().describe('The day the work was done, up to today; today (UTC) when omitted.'),
        note: z.string().optional().describe('What was done, at most 2,000 characters.'),
      }),
      success: { status: 201, description: 'The new worklog.', schema: { component: 'Worklog' } },
      problems: [403, 409, 422],
      async handle(context) {
        const workItemId = await workItemIdOf(context, context.params.key, context.query.organizationId);
        const data = await context.run<{ logWork: { worklog: unknown } }>(
          `mutation RestLogWork($input: LogWorkInput!) { logWork(input: $input) { worklog { ${worklogFields} } } }`,
          { input: { workItemId, ...context.body } },
        );
        return { status: 201, body: data.logWork.worklog };
      },
    }),
  ],
};
