import type { AnalyticsTx } from '../db';
import type { Dashboard } from '../generated/prisma/client';
import type { Sharing } from '../rules/dashboard-input';

export interface NewDashboard extends Sharing {
  organizationId: string;
  ownerId: string;
  name: string;
  description: string;
}

/** A new dashboard, version 1, without widgets. The project it is shared with was checked by the caller. */
export function createDashboard(tx: AnalyticsTx, dashboard: NewDashboard): Promise<Dashboard> {
  return tx.dashboard.create({ data: dashboard });
}
