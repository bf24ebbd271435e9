import { z } from 'zod';
import { filesStorageSettings, storageSettingsIssues } from '../../lib/files/storage/storage-settings';

const seconds = (fallback: number, max: number) => z.coerce.number().int().min(1).max(max).default(fallback);

/** The files subgraph's own variables, validated at start-up; the storage ones are shared with the router. */
export const filesSettings = z
  .object({
    ...filesStorageSettings.shape,
    /** The largest file any organization may allow (its admins choose up to this): 1 GiB by default. */
    FILES_MAX_FILE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(5 * 1024 ** 3)
      .default(1024 ** 3),
    /** How long a signed upload is accepted: 15 minutes by default. */
    FILES_UPLOAD_TTL_SECONDS: seconds(900, 24 * 3600),
    /** How long a download link works: 5 minutes by default. */
    FILES_DOWNLOAD_TTL_SECONDS: seconds(300, 3600),
    /** How often the sweeper removes expired uploads and purges deleted files past retention; 0: only when called (tests). */
    FILES_SWEEP_POLL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    /** How often the preview worker looks for new images and PDFs; 0: only when called (tests). */
    FILES_PREVIEW_POLL_MS: z.coerce.number().int().min(0).max(600_000).default(2_000),
  })
  .superRefine((settings, ctx) => {
    for (const issue of storageSettingsIssues(settings))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });

export type FilesSettings = z.infer<typeof filesSettings>;
