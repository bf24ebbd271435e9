import { badInput } from '../../../lib/errors';
import type { AnalyticsPrisma, AnalyticsTx } from '../db';
import { recomputeProjectFlowDates } from './flow-dates';

export interface FlowSettingsRow {
  projectId: string;
  startedStateIds: string[];
  doneStateIds: string[];
}

export function flowSettingsOf(prisma: AnalyticsPrisma, projectIds: readonly string[]): Promise<FlowSettingsRow[]> {
  return prisma.projectFlowSettings.findMany({
    where: { projectId: { in: [...projectIds] } },
    select: { projectId: true, startedStateIds: true, doneStateIds: true },
  });
}

/**
 * Stores which states start and finish items in a project and recomputes every item's flow dates in
 * the same transaction (set-based). Every state must be one of the project's, and none both.
 */
export async function setFlowSettings(
  tx: AnalyticsTx,
  settings: FlowSettingsRow & { organizationId: string; updatedById: string },
): Promise<FlowSettingsRow> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('analytics.flow_settings'), hashtext(${settings.projectId}))`;
  const known = new Set(
    (await tx.projectState.findMany({ where: { projectId: settings.projectId }, select: { stateId: true } })).map(
      (state) => state.stateId,
    ),
  );
  for (const [field, ids] of [
    ['input.startedStateIds', settings.startedStateIds],
    ['input.doneStateIds', settings.doneStateIds],
  ] as const) {
    const unknown = ids.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw badInput(`${field}.${unknown}`, 'This state is not one of the project’s workflow states.');
  }
  const both = settings.doneStateIds.findIndex((id) => settings.startedStateIds.includes(id));
  if (both >= 0) throw badInput(`input.doneStateIds.${both}`, 'A state cannot both start and finish items.');
  const data = {
    organizationId: settings.organizationId,
    startedStateIds: [...new Set(settings.startedStateIds)],
    doneStateIds: [...new Set(settings.doneStateIds)],
    updatedById: settings.updatedById,
  };
  await tx.projectFlowSettings.upsert({
    where: { projectId: settings.projectId },
    create: { projectId: settings.projectId, ...data },
    update: data,
  });
  await recomputeProjectFlowDates(tx, settings.projectId);
  return { projectId: settings.projectId, startedStateIds: data.startedStateIds, doneStateIds: data.doneStateIds };
}
