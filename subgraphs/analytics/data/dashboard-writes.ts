import { z } from 'zod';
import { parseRows } from '../../../lib/db/parse-rows';
import { conflict, notFound } from '../../../lib/errors';
import type { AnalyticsTx } from '../db';
import type { Dashboard } from '../generated/prisma/client';
import { sameAudience, type DashboardAudience } from '../rules/dashboard-access';

// What every dashboard write shares: the lock, the check that the rights the resolver checked still
// hold, and the version that counts every change.

const LockedRow = z.object({ id: z.string() });

/**
 * The dashboard's row, locked until the transaction ends: every change to a dashboard or its widgets
 * goes through here first, so two changes never interleave (positions stay dense, versions count).
 * NOT_FOUND when it is gone; CONFLICT when its owner or sharing changed since `checked`, the reading
 * the viewer's rights were checked against (they must be checked again).
 */
export async function lockDashboard(tx: AnalyticsTx, id: string, checked: DashboardAudience): Promise<Dashboard> {
  parseRows(
    'lockDashboard',
    LockedRow,
    await tx.$queryRaw`SELECT id::text FROM analytics.dashboard WHERE id = ${id}::uuid FOR UPDATE`,
  );
  const dashboard = await tx.dashboard.findUnique({ where: { id } });
  if (!dashboard) throw notFound('Dashboard');
  if (!sameAudience(dashboard, checked)) {
    throw conflict('The dashboard’s sharing changed at the same time: reload it and try again.');
  }
  return dashboard;
}

/** CONFLICT when the dashboard is no longer at the version the client last read. */
export function requireVersion(dashboard: Dashboard, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== dashboard.version) {
    throw conflict('The dashboard has changed since you read it: reload it and try again.', {
      version: dashboard.version,
    });
  }
}

/** One more change to the locked dashboard (its widgets' included): the version and `updatedAt` move on. */
export function bumpVersion(
  tx: AnalyticsTx,
  dashboardId: string,
  data: { name?: string; description?: string; sharing?: string; projectId?: string | null } = {},
): Promise<Dashboard> {
  return tx.dashboard.update({ where: { id: dashboardId }, data: { ...data, version: { increment: 1 } } });
}

/**
 * Renumbers a dashboard's widgets 0..n-1 in their order, in one statement; with `moved`, that widget
 * goes to its position first (past the end: last) and the others keep their order around it. Writes
 * only the rows whose position changes; answers how many did.
 */
export async function densifyPositions(
  tx: AnalyticsTx,
  dashboardId: string,
  moved: { widgetId: string; position: number } | null = null,
): Promise<number> {
  const movedId = moved?.widgetId ?? null;
  const target = moved?.position ?? 0;
  return tx.$executeRaw`
    WITH others AS (
      SELECT id, (row_number() OVER (ORDER BY position, id) - 1)::int AS rank
      FROM analytics.dashboard_widget
      WHERE dashboard_id = ${dashboardId}::uuid AND id IS DISTINCT FROM ${movedId}::uuid
    ), placed AS (
      SELECT id, CASE WHEN ${movedId}::uuid IS NOT NULL AND rank >= ${target}::int THEN rank + 1 ELSE rank END AS position
      FROM others
      UNION ALL
      SELECT ${movedId}::uuid, LEAST(${target}::int, (SELECT count(*)::int FROM others))
      WHERE ${movedId}::uuid IS NOT NULL
    )
    UPDATE analytics.dashboard_widget w SET position = placed.position
    FROM placed
    WHERE w.id = placed.id AND w.dashboard_id = ${dashboardId}::uuid AND w.position <> placed.position`;
}
