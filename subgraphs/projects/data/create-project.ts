import type { ProjectsTx } from '../db';
import type { Project } from '../generated/prisma/client';
import { projectCreated, projectMemberAdded, writeProjectEvents } from '../events/project-events';
import { conflictOnDuplicate } from './conflicts';

export interface NewProject {
  organizationId: string;
  key: string;
  name: string;
  description: string;
}

/** Creates a project with its creator as direct ADMIN; CONFLICT on `input.key` when the organization has the key. */
export async function createProject(tx: ProjectsTx, actorId: string, input: NewProject): Promise<Project> {
  const project = await conflictOnDuplicate(
    tx.project.create({ data: { ...input, members: { create: { userId: actorId, role: 'ADMIN' } } } }),
    `The organization already has a project with the key ${input.key}.`,
    'input.key',
  );
  await writeProjectEvents(tx, [
    projectCreated(actorId, project),
    projectMemberAdded(actorId, project, actorId, 'ADMIN'),
  ]);
  return project;
}
