import { z } from 'zod';

/** The notifications subgraph's own variables, validated at start-up. */
export const notificationsSettings = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  EMAIL_FROM: z.string().min(3).default('Workgraph <notifications@workgraph.localhost>'),
  /** Where emails are written as .eml files when there is no SMTP_URL. */
  EMAIL_OUTBOX_DIR: z.string().min(1).default('.data/mail'),
  /** How often the mailer looks for due emails; 0 only when `mailer.runDue()` is called (tests). */
  EMAIL_POLL_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
});
