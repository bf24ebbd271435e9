import DataLoader from 'dataloader';
import type { AnalyticsPrisma } from '../db';
import { projectStates, type ProjectStateRow } from '../data/flow-reads';
import { flowSettingsOf, type FlowSettingsRow } from '../data/flow-settings';

export function flowLoaders(prisma: AnalyticsPrisma) {
  return {
    /** A project's states with their flow class, by project id. */
    projectStates: new DataLoader<string, ProjectStateRow[]>(async (projectIds) => {
      const rows = await projectStates(prisma, projectIds);
      return projectIds.map((id) => rows.filter((row) => row.projectId === id));
    }),
    /** A project's chosen started and done states (empty lists: the default), by project id. */
    flowSettings: new DataLoader<string, FlowSettingsRow>(async (projectIds) => {
      const rows = await flowSettingsOf(prisma, projectIds);
      return projectIds.map(
        (projectId) =>
          rows.find((row) => row.projectId === projectId) ?? { projectId, startedStateIds: [], doneStateIds: [] },
      );
    }),
  };
}
