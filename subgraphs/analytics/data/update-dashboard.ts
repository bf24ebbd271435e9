import type { AnalyticsTx } from '../db';
import type { Dashboard } from '../generated/prisma/client';
import { asSharing, type DashboardAudience } from '../rules/dashboard-access';
import { nextSharing, type Sharing } from '../rules/dashboard-input';
import { bumpVersion, lockDashboard, requireVersion } from './dashboard-writes';

export interface DashboardChanges {
  name?: string;
  description?: string;
  sharing?: Sharing['sharing'];
  projectId?: string;
}

/**
 * Renames, describes or shares the locked dashboard, at `expectedVersion` when given (CONFLICT
 * otherwise). Writes, and counts a version, only when something really changes. A new project to
 * share with was checked by the caller against the viewer.
 */
export async function updateDashboard(
  tx: AnalyticsTx,
  update: { id: string; checked: DashboardAudience; expectedVersion?: number; changes: DashboardChanges },
): Promise<Dashboard> {
  const current = await lockDashboard(tx, update.id, update.checked);
  requireVersion(current, update.expectedVersion);
  const { name, description, sharing, projectId } = update.changes;
  const next = {
    name: name ?? current.name,
    description: description ?? current.description,
    ...nextSharing({ sharing: asSharing(current.sharing), projectId: current.projectId }, { sharing, projectId }),
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((key) => next[key] !== current[key]);
  return changed ? bumpVersion(tx, current.id, next) : current;
}
