import { z } from 'zod';

const hostList = z
  .string()
  .default('')
  .transform((text) =>
    text
      .split(',')
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  );

/** The integrations subgraph's own variables, validated at start-up. */
export const integrationsSettings = z.object({
  /**
   * Hosts a webhook may reach over plain http and at private, loopback or link-local addresses:
   * for tests and local receivers only. Empty by default: https to public addresses only.
   */
  INTEGRATIONS_WEBHOOK_ALLOWED_HOSTS: hostList,
  /** How long one attempt may take, connection to the last byte read. */
  INTEGRATIONS_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** How much of a response is read; the rest is dropped (2 KiB of it are kept in the log). */
  INTEGRATIONS_WEBHOOK_MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 ** 2)
    .default(64 * 1024),
  /** How many requests one endpoint may have in flight at once, across every replica (leases in the database). */
  INTEGRATIONS_WEBHOOK_ENDPOINT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** How long deliveries (and so the events they carry) are kept for redelivery and replay. */
  INTEGRATIONS_WEBHOOK_RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  /** How long an endpoint may fail without a success before it is disabled (reason FAILING). */
  INTEGRATIONS_WEBHOOK_DISABLE_AFTER_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(90 * 24)
    .default(5 * 24),
  /** How often the delivery worker looks for due deliveries; 0: only when called (tests). */
  INTEGRATIONS_WEBHOOK_POLL_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
  /**
   * How often the link attachments of deleted repository connections whose removal failed (or was
   * cut short by a crash) are retried; 0: only when called (tests).
   */
  INTEGRATIONS_VCS_REMOVAL_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
});

export type IntegrationsSettings = z.infer<typeof integrationsSettings>;
