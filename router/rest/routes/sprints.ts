import { z } from 'zod';
import { locateWith } from '../graphql-problem';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { date, dateTime, globalId } from './shared';

const sprintFields = `id name goal state startDate endDate startedAt completedAt project { id key }
  committedPoints completedPoints remainingPoints committedItemCount completedItemCount createdAt updatedAt`;

const states = ['PLANNED', 'ACTIVE', 'COMPLETED'] as const;

const sprint = z.object({
  id: z.string(),
  name: z.string(),
  goal: z.string(),
  state: z.enum(states),
  startDate: date,
  endDate: date,
  startedAt: dateTime.nullable(),
  completedAt: dateTime.nullable(),
  project: z.object({ id: z.string(), key: z.string() }),
  committedPoints: z.number(),
  completedPoints: z.number(),
  remainingPoints: z.number(),
  committedItemCount: z.number().int(),
  completedItemCount: z.number().int(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const sprintRoutes: RouteGroup = {
  tag: 'Sprints',
  description: "A project's sprints and their figures (points committed, completed and remaining).",
  schemas: { Sprint: sprint },
  routes: [
    defineRoute({
      method: 'GET',
      path: '/projects/{projectId}/sprints',
      operationId: 'listSprints',
      summary: "List a project's sprints",
      description:
        "The project's sprints in the order of GraphQL's `Project.sprints`, optionally only those in some states.",
      params: z.object({ projectId: globalId('project') }),
      query: z.object({
        state: z
          .string()
          .transform((text) => text.split(','))
          .pipe(z.array(z.enum(states)).max(states.length))
          .optional()
          .describe(`Only sprints in these states, comma-separated: ${states.join(', ')}.`),
      }),
      paginated: true,
      success: { status: 200, description: 'A page of sprints.', schema: { listOf: 'Sprint' } },
      async handle({ params, query, page, run, list }) {
        const data = await run<{ project: { sprints: Parameters<typeof list>[0] } }>(
          `query RestSprints($id: ID!, $filter: SprintFilter, ${pageDeclarations}) {
            project(id: $id) { sprints(filter: $filter, ${pageArguments}) {
              totalCount ${pageInfoFields} edges { node { ${sprintFields} } } } }
          }`,
          { id: params.projectId, filter: { states: query.state }, ...page.variables },
          locateWith({ id: 'projectId' }),
        );
        return list(data.project.sprints);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/sprints/{sprintId}',
      operationId: 'getSprint',
      summary: 'Get a sprint',
      description: 'A sprint of a project you can see; 404 for one that does not exist or that you may not see.',
      params: z.object({ sprintId: globalId('sprint') }),
      success: { status: 200, description: 'The sprint.', schema: { component: 'Sprint' } },
      async handle({ params, run }) {
        const data = await run<{ sprint: unknown }>(
          `query RestSprint($id: ID!) { sprint(id: $id) { ${sprintFields} } }`,
          { id: params.sprintId },
          locateWith({ id: 'sprintId' }),
        );
        return { status: 200, body: data.sprint };
      },
    }),
  ],
};
