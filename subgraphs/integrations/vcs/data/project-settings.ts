import type { IntegrationsPrisma } from '../../db';

export interface VcsSettings {
  moveOnMerge: boolean;
  mergedStateId: string | null;
}

export const defaultVcsSettings: VcsSettings = { moveOnMerge: true, mergedStateId: null };

/** Projects' merge settings, the default for projects without a row. */
export async function settingsOfProjects(
  prisma: IntegrationsPrisma,
  projectIds: readonly string[],
): Promise<VcsSettings[]> {
  const rows = await prisma.vcsProjectSettings.findMany({ where: { projectId: { in: [...projectIds] } } });
  const found = new Map(rows.map((row) => [row.projectId, row]));
  return projectIds.map((id) => {
    const row = found.get(id);
    return row ? { moveOnMerge: row.moveOnMerge, mergedStateId: row.mergedStateId } : defaultVcsSettings;
  });
}

/** Sets a project's settings; omitted fields keep their value (or the default). */
export function saveProjectSettings(
  prisma: IntegrationsPrisma,
  input: {
    projectId: string;
    organizationId: string;
    actorId: string;
    moveOnMerge?: boolean;
    mergedStateId?: string | null;
  },
) {
  const changes = {
    ...(input.moveOnMerge !== undefined ? { moveOnMerge: input.moveOnMerge } : {}),
    ...(input.mergedStateId !== undefined ? { mergedStateId: input.mergedStateId } : {}),
    updatedBy: input.actorId,
  };
  return prisma.vcsProjectSettings.upsert({
    where: { projectId: input.projectId },
    create: { projectId: input.projectId, organizationId: input.organizationId, ...changes },
    update: changes,
  });
}
