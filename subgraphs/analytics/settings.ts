import { z } from 'zod';

/** The analytics subgraph's own variables, validated at start-up. */
export const analyticsSettings = z.object({
  /** How often the weekly report scheduler looks for due reports; 0 only when `reports.runDue()` is called (tests). */
  ANALYTICS_REPORT_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
});
