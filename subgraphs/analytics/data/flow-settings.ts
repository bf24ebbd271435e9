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
 * the same transaction (set-based). Every state must be one of the project's workflow (`workflow`,
 * as work-items has it now), and none both.
 */
export async function setFlowSettings(
  tx: AnalyticsTx,
  settings: FlowSettingsRow & { organizationId: string; updatedById: string },
  workflow: readonly { stateId: string; name: string; category: string }[],
): Promise<FlowSettingsRow> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('analytics.flow_settings'), hashtext(${settings.projectId}))`;
  const known = new Set(workflow.map((state) => state.stateId));
  // States no item has entered yet are not in the read model: record them, so they classify at once.
  await tx.$executeRaw`
    INSERT INTO analytics.project_state (project_id, state_id, name, category, first_seen)
    SELECT ${settings.projectId}::uuid, state_id, name, category, now()
    FROM unnest(${workflow.map((s) => s.stateId)}::uuid[], ${workflow.map((s) => s.name)}::text[],
      ${workflow.map((s) => s.category)}::text[]) AS u(state_id, name, category)
    ON CONFLICT (project_id, state_id) DO NOTHING`;
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
