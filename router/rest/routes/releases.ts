import { z } from 'zod';
import { locateWith } from '../graphql-problem';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { date, dateTime, globalId, visibleNode } from './shared';

const releaseFields = `id name description startDate releaseDate released releasedAt overdue project { id key }
  progress { itemCount doneCount canceledCount points donePoints percentDone } createdAt updatedAt`;

const release = z.object({
  id: z.string(),
  name: z.string().describe('Unique in its project, for example `2.4`.'),
  description: z.string(),
  startDate: date.nullable(),
  releaseDate: date.nullable().describe('When it is planned to ship.'),
  released: z.boolean(),
  releasedAt: dateTime.nullable().describe('When it was marked released.'),
  overdue: z.boolean().describe('Not released, and its release date has passed.'),
  project: z.object({ id: z.string(), key: z.string() }),
  progress: z
    .object({
      itemCount: z.number().int(),
      doneCount: z.number().int(),
      canceledCount: z.number().int(),
      points: z.number(),
      donePoints: z.number(),
      percentDone: z.number(),
    })
    .describe('The items planned for it and how far they are (as GraphQL `Release.progress`).'),
  createdAt: dateTime,
  updatedAt: dateTime,
});

const projectParams = z.object({ projectId: globalId('project') });
const releaseParams = z.object({ releaseId: globalId('release') });
const nullableDate = z.string().nullable().optional();

export const releaseRoutes: RouteGroup = {
  tag: 'Releases',
  description: "A project's releases (fix versions) with the progress of the items planned for them.",
  schemas: { Release: release },
  routes: [
    defineRoute({
      method: 'GET',
      path: '/projects/{projectId}/releases',
      operationId: 'listReleases',
      summary: "List a project's releases",
      description: 'Unreleased first, then by release date, as GraphQL `Project.releases`; `released` filters.',
      params: projectParams,
      query: z.object({
        released: z
          .enum(['true', 'false'])
          .transform((text) => text === 'true')
          .optional()
          .describe('`true`: only released ones; `false`: only those not released yet.'),
      }),
      paginated: true,
      success: { status: 200, description: 'A page of releases.', schema: { listOf: 'Release' } },
      async handle({ params, query, page, run, list }) {
        const data = await run<{ project: { releases: Parameters<typeof list>[0] } }>(
          `query RestReleases($id: ID!, $released: Boolean, ${pageDeclarations}) {
            project(id: $id) { releases(released: $released, ${pageArguments}) {
              totalCount ${pageInfoFields} edges { node { ${releaseFields} } } } }
          }`,
          { id: params.projectId, released: query.released, ...page.variables },
          locateWith({ id: 'projectId' }),
        );
        return list(data.project.releases);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/projects/{projectId}/releases',
      operationId: 'createRelease',
      summary: 'Create a release',
      description: 'Adds a release to the project (its members may).',
      params: projectParams,
      body: z.strictObject({
        name: z.string(),
        description: z.string().optional(),
        startDate: nullableDate,
        releaseDate: nullableDate,
      }),
      success: { status: 201, description: 'The new release.', schema: { component: 'Release' } },
      problems: [403, 409],
      async handle({ params, body, run }) {
        const data = await run<{ createRelease: { release: { id: string } } }>(
          `mutation RestCreateRelease($input: CreateReleaseInput!) { createRelease(input: $input) { release { ${releaseFields} } } }`,
          { input: { projectId: params.projectId, ...body } },
          locateWith({ 'input.projectId': 'projectId' }),
        );
        const created = data.createRelease.release;
        return { status: 201, body: created, headers: { location: `/api/v1/releases/${created.id}` } };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/releases/{releaseId}',
      operationId: 'getRelease',
      summary: 'Get a release',
      description: 'A release of a project you can see; 404 for one that does not exist or that you may not see.',
      params: releaseParams,
      success: { status: 200, description: 'The release.', schema: { component: 'Release' } },
      async handle({ params, run }) {
        const data = await run<{ node: { id: string } | null }>(
          `query RestRelease($id: ID!) { node(id: $id) { ... on Release { ${releaseFields} } } }`,
          { id: params.releaseId },
          locateWith({ id: 'releaseId' }),
        );
        return { status: 200, body: visibleNode(data.node, 'Release') };
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/releases/{releaseId}',
      operationId: 'updateRelease',
      summary: 'Update a release',
      description:
        'Renames or reschedules a release, or marks it released (`"released": true`); fields left out stay as they are.',
      params: releaseParams,
      body: z.strictObject({
        name: z.string().optional(),
        description: z.string().optional(),
        startDate: nullableDate,
        releaseDate: nullableDate,
        released: z.boolean().optional(),
      }),
      success: { status: 200, description: 'The release as it is now.', schema: { component: 'Release' } },
      problems: [403, 409],
      async handle({ params, body, run }) {
        const data = await run<{ updateRelease: { release: unknown } }>(
          `mutation RestUpdateRelease($input: UpdateReleaseInput!) { updateRelease(input: $input) { release { ${releaseFields} } } }`,
          { input: { id: params.releaseId, ...body } },
          locateWith({ 'input.id': 'releaseId' }),
        );
        return { status: 200, body: data.updateRelease.release };
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/releases/{releaseId}',
      operationId: 'deleteRelease',
      summary: 'Delete a release',
      description: 'Deletes the release (project admins may); its items stay, planned for no release.',
      params: releaseParams,
      success: { status: 204, description: 'Deleted.', schema: null },
      problems: [403],
      async handle({ params, run }) {
        await run(
          `mutation RestDeleteRelease($input: DeleteReleaseInput!) { deleteRelease(input: $input) { deletedReleaseId } }`,
          { input: { id: params.releaseId } },
          locateWith({ 'input.id': 'releaseId' }),
        );
        return { status: 204, body: undefined };
      },
    }),
  ],
};
