import { z } from 'zod';
import { locateWith } from '../graphql-problem';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { dateTime, globalId, reference } from './shared';

export const projectFields = `id key name description organization { id } viewerRole createdAt updatedAt archivedAt`;

const project = z.object({
  id: z.string(),
  key: z.string().describe("The prefix of its work items' keys: `WEB` of `WEB-42`."),
  name: z.string(),
  description: z.string(),
  organization: reference,
  viewerRole: z.enum(['ADMIN', 'MEMBER', 'VIEWER']).describe('Your effective role in the project.'),
  createdAt: dateTime,
  updatedAt: dateTime,
  archivedAt: dateTime
    .nullable()
    .describe('When the project was archived (its work is read-only until it is restored); null while active.'),
});

const organizationParams = z.object({ organizationId: globalId('organization') });
const projectParams = z.object({ projectId: globalId('project') });

export const projectRoutes: RouteGroup = {
  tag: 'Projects',
  description:
    'Projects of an organization: the ones you can see, created, renamed, archived and deleted by their admins.',
  schemas: { Project: project },
  routes: [
    defineRoute({
      method: 'GET',
      path: '/organizations/{organizationId}/projects',
      operationId: 'listProjects',
      summary: 'List the projects of an organization',
      description: 'The projects of the organization you can see, oldest first, a page at a time.',
      params: organizationParams,
      query: z.object({
        includeArchived: z
          .enum(['true', 'false'])
          .transform((text) => text === 'true')
          .optional()
          .describe('`true` lists archived projects too; by default only active ones are listed.'),
      }),
      paginated: true,
      success: { status: 200, description: 'A page of projects.', schema: { listOf: 'Project' } },
      async handle({ params, query, page, run, list }) {
        const data = await run<{ organization: { projects: Parameters<typeof list>[0] } }>(
          `query RestProjects($id: ID!, $includeArchived: Boolean, ${pageDeclarations}) {
            organization(id: $id) { projects(includeArchived: $includeArchived, ${pageArguments}) { totalCount ${pageInfoFields} edges { node { ${projectFields} } } } }
          }`,
          { id: params.organizationId, includeArchived: query.includeArchived, ...page.variables },
          locateWith({ id: 'organizationId' }),
        );
        return list(data.organization.projects);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/organizations/{organizationId}/projects',
      operationId: 'createProject',
      summary: 'Create a project',
      description: 'Creates a project in the organization (its owners and admins may); you become its admin.',
      params: organizationParams,
      body: z.strictObject({
        key: z.string().describe('2-10 capital letters and digits, unique in the organization.'),
        name: z.string(),
        description: z.string().optional(),
      }),
      success: { status: 201, description: 'The new project.', schema: { component: 'Project' } },
      problems: [403, 409],
      async handle({ params, body, run }) {
        const data = await run<{ createProject: { project: { id: string } } }>(
          `mutation RestCreateProject($input: CreateProjectInput!) { createProject(input: $input) { project { ${projectFields} } } }`,
          { input: { organizationId: params.organizationId, ...body } },
          locateWith({ 'input.organizationId': 'organizationId' }),
        );
        const created = data.createProject.project;
        return { status: 201, body: created, headers: { location: `/api/v1/projects/${created.id}` } };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/projects/{projectId}',
      operationId: 'getProject',
      summary: 'Get a project',
      description: 'A project you can see; 404 for one that does not exist or that you may not see.',
      params: projectParams,
      success: { status: 200, description: 'The project.', schema: { component: 'Project' } },
      async handle({ params, run }) {
        const data = await run<{ project: unknown }>(
          `query RestProject($id: ID!) { project(id: $id) { ${projectFields} } }`,
          { id: params.projectId },
          locateWith({ id: 'projectId' }),
        );
        return { status: 200, body: data.project };
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/projects/{projectId}',
      operationId: 'updateProject',
      summary: 'Update a project',
      description: 'Renames a project or changes its description (its admins may). Fields left out stay as they are.',
      params: projectParams,
      body: z.strictObject({ name: z.string().optional(), description: z.string().optional() }),
      success: { status: 200, description: 'The project as it is now.', schema: { component: 'Project' } },
      problems: [403],
      async handle({ params, body, run }) {
        const data = await run<{ updateProject: { project: unknown } }>(
          `mutation RestUpdateProject($input: UpdateProjectInput!) { updateProject(input: $input) { project { ${projectFields} } } }`,
          { input: { id: params.projectId, ...body } },
          locateWith({ 'input.id': 'projectId' }),
        );
        return { status: 200, body: data.updateProject.project };
      },
    }),
    archiveRoute(
      'archive',
      'archiveProject',
      'Archive a project',
      'Makes the project read-only until it is restored (its admins may); archiving an archived project changes nothing.',
    ),
    archiveRoute(
      'restore',
      'restoreProject',
      'Restore an archived project',
      'Makes an archived project changeable again (its admins may); restoring an active project changes nothing.',
    ),
    defineRoute({
      method: 'DELETE',
      path: '/projects/{projectId}',
      operationId: 'deleteProject',
      summary: 'Delete an archived project',
      description:
        'Deletes an archived project for good with everything in it: work items, sprints, files, notifications, ' +
        'dashboards’ widgets on it and its webhooks (organization owners and admins may). An active project is ' +
        'refused with 409: archive it first.',
      params: projectParams,
      success: { status: 204, description: 'Deleted.', schema: null },
      problems: [403, 409],
      async handle({ params, run }) {
        await run(
          `mutation RestDeleteProject($input: DeleteProjectInput!) { deleteProject(input: $input) { deletedProjectId } }`,
          { input: { projectId: params.projectId } },
          locateWith({ 'input.projectId': 'projectId' }),
        );
        return { status: 204, body: undefined };
      },
    }),
  ],
};

function archiveRoute(
  action: 'archive' | 'restore',
  mutation: 'archiveProject' | 'restoreProject',
  summary: string,
  description: string,
) {
  const inputType = mutation === 'archiveProject' ? 'ArchiveProjectInput' : 'RestoreProjectInput';
  return defineRoute({
    method: 'POST',
    path: `/projects/{projectId}/${action}`,
    operationId: mutation,
    summary,
    description,
    params: projectParams,
    success: { status: 200, description: 'The project as it is now.', schema: { component: 'Project' } },
    problems: [403],
    async handle({ params, run }) {
      const data = await run<Record<string, { project: unknown }>>(
        `mutation Rest${mutation[0]!.toUpperCase()}${mutation.slice(1)}($input: ${inputType}!) { ${mutation}(input: $input) { project { ${projectFields} } } }`,
        { input: { projectId: params.projectId } },
        locateWith({ 'input.projectId': 'projectId' }),
      );
      return { status: 200, body: data[mutation]!.project };
    },
  });
}
