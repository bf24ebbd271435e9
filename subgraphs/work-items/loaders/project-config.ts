import DataLoader from 'dataloader';
import { createEntityCache, type EntityCache } from '../../../lib/cache/entity-cache';
import type { Epochs } from '../../../lib/cache/epochs';
import { byKey, groupedBy } from '../../../lib/loader-results';
import type { WorkItemsPrisma } from '../db';
import { maxCustomFieldsPerProject } from '../data/custom-fields';
import {
  customFieldsOfProjects,
  projectSettingsOf,
  statesOfProjects,
  type ProjectConfigSettings,
} from '../data/project-reads';
import type { CustomField, WorkflowState } from '../generated/prisma/client';
import { maxStatesPerWorkflow } from '../rules/workflow-rules';

interface Rows<T> {
  rows: readonly T[];
}

/**
 * A project's configuration (its settings, workflow states and custom field definitions), which every
 * board, list and item read needs and admins rarely change, kept across requests per process. All
 * three live under one epoch per project, `entity:ProjectConfig:<uuid>`: every writer of any of them
 * bumps it once committed (`changed`), so the next request in every replica reads the new rows.
 */
export function createProjectConfigCaches(epochs: Epochs) {
  const settings = createEntityCache<ProjectConfigSettings>(epochs, 'ProjectConfig');
  return {
    settings,
    states: createEntityCache<Rows<WorkflowState>>(epochs, 'ProjectConfig'),
    customFields: createEntityCache<Rows<CustomField>>(epochs, 'ProjectConfig'),
    changed: (projectId: string) => settings.changed(projectId),
  };
}

export type ProjectConfigCaches = ReturnType<typeof createProjectConfigCaches>;

/** Per-project lists through a cache: the stored rows are frozen and each request gets copies. */
function projectListLoader<T extends object>(
  cache: EntityCache<Rows<T>> | undefined,
  fetch: (projectIds: readonly string[]) => Promise<T[][]>,
): DataLoader<string, T[]> {
  if (!cache) return new DataLoader<string, T[]>(fetch);
  return new DataLoader<string, T[]>(async (projectIds) => {
    const found = await cache.resolve(projectIds, async (missing) =>
      (await fetch(missing)).map((rows) => ({ rows: Object.freeze(rows.map((row) => Object.freeze(row))) })),
    );
    return found.map((entry) => (entry ? entry.rows.map((row) => ({ ...row })) : []));
  });
}

export function projectConfigLoaders(prisma: WorkItemsPrisma, caches?: ProjectConfigCaches) {
  const fetchSettings = async (ids: readonly string[]) =>
    byKey(ids, await projectSettingsOf(prisma, ids), (row) => row.projectId);
  return {
    /** This service's settings of a project (key, hierarchy rules); null before its first use. */
    projectSettings: new DataLoader<string, ProjectConfigSettings | null>((ids) =>
      caches ? caches.settings.resolve(ids, fetchSettings) : fetchSettings(ids),
    ),
    /** A project's workflow states in position order (board column order). */
    statesByProject: projectListLoader(caches?.states, async (projectIds) =>
      groupedBy(
        projectIds,
        await statesOfProjects(prisma, projectIds, projectIds.length * maxStatesPerWorkflow),
        (state) => state.projectId,
      ).map((states) => states.slice(0, maxStatesPerWorkflow)),
    ),
    /** A project's custom field definitions in position order. */
    customFieldsByProject: projectListLoader(caches?.customFields, async (projectIds) =>
      groupedBy(
        projectIds,
        await customFieldsOfProjects(prisma, projectIds, projectIds.length * maxCustomFieldsPerProject),
        (field) => field.projectId,
      ).map((fields) => fields.slice(0, maxCustomFieldsPerProject)),
    ),
  };
}
