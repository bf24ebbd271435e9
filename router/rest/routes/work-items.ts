import { z } from 'zod';
import { locateWith } from '../graphql-problem';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { date, dateTime, globalId, personReference } from './shared';
import { itemRoot, locateItemRef, organizationQuery, workItemIdOf, workItemParams } from './work-item-ref';

export const workItemFields = `id key number url type title description priority estimate timeEstimateMinutes dueDate version
  state { id name category } assignee { id name } reporter { id name } parent { id key }
  project { id key } release { id name } labels { id name color } createdAt updatedAt archivedAt`;

const types = ['EPIC', 'STORY', 'TASK', 'BUG', 'SUBTASK'] as const;
const priorities = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
const categories = ['BACKLOG', 'TODO', 'IN_PROGRESS', 'DONE', 'CANCELED'] as const;

const workItem = z.object({
  id: z.string(),
  key: z.string().describe('`WEB-42`: the project key and the item number.'),
  number: z.number().int(),
  url: z.string().describe("The item's page in the web app: `<PUBLIC_URL>/browse/WEB-42`."),
  type: z.enum(types),
  title: z.string(),
  description: z.string(),
  priority: z.enum(priorities),
  estimate: z.number().nullable().describe('Story points.'),
  timeEstimateMinutes: z.number().int().nullable().describe('How long the work should take, in minutes.'),
  dueDate: date.nullable(),
  version: z.number().int().describe('Increases with every change: send it back as `expectedVersion` to update.'),
  state: z.object({ id: z.string(), name: z.string(), category: z.enum(categories) }),
  assignee: personReference.nullable(),
  reporter: personReference,
  parent: z.object({ id: z.string(), key: z.string() }).nullable(),
  project: z.object({ id: z.string(), key: z.string() }),
  release: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe('The release the item is planned for, or null.'),
  labels: z.array(z.object({ id: z.string(), name: z.string(), color: z.string() })),
  createdAt: dateTime,
  updatedAt: dateTime,
  archivedAt: dateTime.nullable(),
});

/** A comma-separated list of enum values in the query string. */
const listOf = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z
    .string()
    .transform((text) => text.split(','))
    .pipe(z.array(z.enum(values)).max(values.length))
    .optional()
    .describe(`Only items of these ${what}, comma-separated: ${values.join(', ')}.`);

const editable = {
  title: z.string(),
  description: z.string(),
  type: z.enum(types),
  priority: z.enum(priorities),
  estimate: z.number().nullable(),
  timeEstimateMinutes: z.number().int().nullable(),
  assigneeId: z.string().nullable().describe("The assignee's user ID; null to unassign."),
  parentId: z.string().nullable().describe("The parent item's ID; null to detach."),
  releaseId: z.string().nullable().describe("A release's ID to plan the item for; null for none."),
  labelIds: z.array(z.string()).max(50),
  dueDate: date.nullable(),
};

const projectParams = z.object({ projectId: globalId('project') });

const booleanParam = z
  .enum(['true', 'false'])
  .transform((text) => text === 'true')
  .optional();

/** The comparator for a query value that is a word of its own (`me`, `none`, `open`) or an ID. */
type Comparator = Record<string, unknown>;
function special(
  value: string | undefined,
  words: Record<string, Comparator>,
  ofId: (id: string) => Comparator,
): Comparator | undefined {
  if (value === undefined) return undefined;
  return Object.hasOwn(words, value) ? words[value] : ofId(value);
}

// The filter fields the service names in its refusals, by the query parameter they came from.
const queryParams: Record<string, string> = {
  types: 'type',
  priorities: 'priority',
  stateCategories: 'stateCategory',
  labels: 'label',
  watcher: 'watching',
  not: 'watching',
};

/** `types.0` → `type`, `assignee.eq` → `assignee`, `labels.in.2` → `label`: the parameter at fault. */
const queryParamOf = (field: string) => {
  const [head = field] = field.split('.');
  return queryParams[head] ?? head;
};

export const workItemRoutes: RouteGroup = {
  tag: 'Work items',
  description: 'Work items of a project: listed, read by key, created, updated and moved through their workflow.',
  schemas: { WorkItem: workItem },
  routes: [
    defineRoute({
      method: 'GET',
      path: '/projects/{projectId}/work-items',
      operationId: 'listWorkItems',
      summary: "List a project's work items",
      description:
        "The project's items (archived ones left out), in the order of GraphQL's `Project.workItems`, with optional filters.",
      params: projectParams,
      query: z.object({
        type: listOf(types, 'types'),
        priority: listOf(priorities, 'priorities'),
        stateCategory: listOf(categories, 'state categories'),
        search: z.string().max(200).optional().describe('Words in the title or description.'),
        assignee: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe('Only items assigned to this user ID; `me` for yours, `none` for unassigned ones.'),
        sprint: z
          .string()
          .min(1)
          .max(200)
          .optional()
          .describe(
            'Only items in this sprint (an ID; planned or active); `open` for items in any open sprint, `none` for the backlog.',
          ),
        label: z
          .string()
          .transform((text) => text.split(','))
          .pipe(z.array(z.string().min(1).max(200)).max(50))
          .optional()
          .describe('Only items with at least one of these label IDs, comma-separated.'),
        watching: booleanParam.describe('`true`: only items you watch; `false`: only items you do not.'),
        blocked: booleanParam.describe('`true`: only items blocked by an unfinished item; `false`: only the others.'),
      }),
      paginated: true,
      success: { status: 200, description: 'A page of work items.', schema: { listOf: 'WorkItem' } },
      async handle({ params, query, page, run, list }) {
        const watching = { watcher: { isMe: true } };
        const filter = {
          types: query.type,
          priorities: query.priority,
          stateCategories: query.stateCategory,
          search: query.search,
          assignee: special(query.assignee, { me: { isMe: true }, none: { null: true } }, (id) => ({ eq: id })),
          sprint: special(query.sprint, { open: { null: false }, none: { null: true } }, (id) => ({ eq: id })),
          labels: query.label && { in: query.label },
          blocked: query.blocked,
          ...(query.watching === true && watching),
          ...(query.watching === false && { not: watching }),
        };
        const data = await run<{ project: { workItems: Parameters<typeof list>[0] } }>(
          `query RestWorkItems($id: ID!, $filter: WorkItemFilter, ${pageDeclarations}) {
            project(id: $id) { workItems(filter: $filter, ${pageArguments}) {
              totalCount ${pageInfoFields} edges { node { ${workItemFields} } } } }
          }`,
          { id: params.projectId, filter, ...page.variables },
          (field) =>
            field.startsWith('filter.')
              ? { in: 'query', field: queryParamOf(field.slice('filter.'.length)) }
              : locateWith({ id: 'projectId' })(field),
        );
        return list(data.project.workItems);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/projects/{projectId}/work-items',
      operationId: 'createWorkItem',
      summary: 'Create a work item',
      description:
        "Creates an item in the project (its admins and members may) in the workflow's first state. Send `Idempotency-Key` to retry safely.",
      params: projectParams,
      body: z.strictObject({
        ...Object.fromEntries(Object.entries(editable).map(([name, schema]) => [name, schema.optional()])),
        title: editable.title,
        type: editable.type.default('TASK'),
      }),
      success: { status: 201, description: 'The new work item.', schema: { component: 'WorkItem' } },
      problems: [403, 409, 422],
      async handle({ params, body, run }) {
        const data = await run<{ createWorkItem: { workItem: { id: string; key: string } } }>(
          `mutation RestCreateWorkItem($input: CreateWorkItemInput!) { createWorkItem(input: $input) { workItem { ${workItemFields} } } }`,
          { input: { ...(body as object), projectId: params.projectId } },
          locateWith({ 'input.projectId': 'projectId' }),
        );
        const created = data.createWorkItem.workItem;
        return { status: 201, body: created, headers: { location: `/api/v1/work-items/${created.key}` } };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/work-items/{key}',
      operationId: 'getWorkItem',
      summary: 'Get a work item',
      description: 'A work item by its key (`WEB-42`) or ID; 404 for one that does not exist or that you may not see.',
      params: workItemParams,
      query: organizationQuery,
      success: { status: 200, description: 'The work item.', schema: { component: 'WorkItem' } },
      async handle({ params, query, run }) {
        const root = itemRoot(params.key, query.organizationId);
        const data = await run<{ item: unknown }>(
          `query RestWorkItem(${root.declarations}) { ${root.field} { ${workItemFields} } }`,
          root.variables,
          locateItemRef,
        );
        return { status: 200, body: data.item };
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/work-items/{key}',
      operationId: 'updateWorkItem',
      summary: 'Update a work item',
      description:
        'Changes the fields sent (null clears a field that may be empty) if the item is still at `expectedVersion`; 409 when someone changed it since.',
      params: workItemParams,
      query: organizationQuery,
      body: z.strictObject({
        expectedVersion: z
          .number()
          .int()
          .describe('The `version` you read: the update fails if the item changed since.'),
        ...Object.fromEntries(Object.entries(editable).map(([name, schema]) => [name, schema.optional()])),
      }),
      success: { status: 200, description: 'The work item as it is now.', schema: { component: 'WorkItem' } },
      problems: [403, 409],
      async handle(context) {
        const id = await workItemIdOf(context, context.params.key, context.query.organizationId);
        const data = await context.run<{ updateWorkItem: { workItem: unknown } }>(
          `mutation RestUpdateWorkItem($input: UpdateWorkItemInput!) { updateWorkItem(input: $input) { workItem { ${workItemFields} } } }`,
          { input: { ...(context.body as object), id } },
        );
        return { status: 200, body: data.updateWorkItem.workItem };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/work-items/{key}/transitions',
      operationId: 'transitionWorkItem',
      summary: 'Move a work item to another state',
      description:
        "Moves the item to a state of its project's workflow, if a transition allows it and its conditions hold.",
      params: workItemParams,
      query: organizationQuery,
      body: z.strictObject({ toStateId: z.string().describe('The workflow state to move to.') }),
      success: { status: 200, description: 'The work item in its new state.', schema: { component: 'WorkItem' } },
      problems: [403, 409, 422],
      async handle(context) {
        const id = await workItemIdOf(context, context.params.key, context.query.organizationId);
        const data = await context.run<{ transitionWorkItem: { workItem: unknown } }>(
          `mutation RestTransitionWorkItem($input: TransitionWorkItemInput!) { transitionWorkItem(input: $input) { workItem { ${workItemFields} } } }`,
          { input: { id, toStateId: context.body.toStateId } },
        );
        return { status: 200, body: data.transitionWorkItem.workItem };
      },
    }),
  ],
};
