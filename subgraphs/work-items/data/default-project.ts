import type { WorkItemsPrisma } from '../db';

export const defaultHierarchyRules: Record<string, string[]> = {
  EPIC: ['STORY', 'TASK', 'BUG'],
  STORY: ['SUBTASK'],
  TASK: ['SUBTASK'],
  BUG: ['SUBTASK'],
  SUBTASK: [],
};

export const defaultMaxDepth = 3;

/** Every new project's workflow: any state may move to any other until an admin narrows it. */
export const defaultStates = [
  { name: 'Backlog', category: 'BACKLOG', color: '#6b7280' },
  { name: 'To do', category: 'TODO', color: '#2563eb' },
  { name: 'In progress', category: 'IN_PROGRESS', color: '#d97706' },
  { name: 'In review', category: 'IN_PROGRESS', color: '#7c3aed' },
  { name: 'Done', category: 'DONE', color: '#059669' },
  { name: 'Canceled', category: 'CANCELED', color: '#dc2626' },
] as const;

export interface ProjectIdentity {
  projectId: string;
  organizationId: string;
  key: string;
}

/**
 * Creates this service's record of a project with the default workflow, once. Concurrent first uses
 * race on the primary key: the loser's insert waits for the winner's commit, then inserts nothing.
 */
export async function ensureProjectSettings(prisma: WorkItemsPrisma, project: ProjectIdentity): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO project_settings (project_id, organization_id, key, hierarchy_rules, max_depth, updated_at)
      VALUES (${project.projectId}::uuid, ${project.organizationId}::uuid, ${project.key},
              ${JSON.stringify(defaultHierarchyRules)}::jsonb, ${defaultMaxDepth}, now())
      ON CONFLICT (project_id) DO NOTHING`;
    if (inserted === 0) return;
    const states = await Promise.all(
      defaultStates.map((state, position) =>
        tx.workflowState.create({ data: { ...state, projectId: project.projectId, position } }),
      ),
    );
    await tx.workflowTransition.createMany({
      data: states.flatMap((from) =>
        states
          .filter((to) => to.id !== from.id)
          .map((to) => ({ projectId: project.projectId, fromStateId: from.id, toStateId: to.id })),
      ),
    });
  });
}
