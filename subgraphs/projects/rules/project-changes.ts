import type { Project } from '../generated/prisma/client';

/** What `updateProject` asks for: a field left out (undefined) stays as it is. */
export interface ProjectEdits {
  name?: string;
  description?: string;
}

/**
 * The edits that really change the project, in the order name, description: a value equal to the
 * current one is no change, so an update that changes nothing writes nothing and announces nothing.
 */
export function projectChanges(current: Pick<Project, 'name' | 'description'>, edits: ProjectEdits): ProjectEdits {
  return {
    ...(edits.name !== undefined && edits.name !== current.name ? { name: edits.name } : {}),
    ...(edits.description !== undefined && edits.description !== current.description
      ? { description: edits.description }
      : {}),
  };
}
