import path from 'node:path';
import { z } from 'zod';
import { ConfigError, httpUrl } from '../../config';
import { createLocalStorageDriver } from './local-driver';
import { createS3StorageDriver } from './s3-driver';
import type { StorageDriver } from './storage-driver';

/** `.data/files` of the repository: git-ignored, beside the embedded database. */
export const defaultLocalFilesDir = path.resolve(__dirname, '../../../.data/files');

type StorageSettingsFields = {
  FILES_STORAGE: 'local' | 's3';
  FILES_S3_BUCKET?: string | undefined;
  FILES_S3_ACCESS_KEY_ID?: string | undefined;
  FILES_S3_SECRET_ACCESS_KEY?: string | undefined;
};

/** What the variables leave unusable together, each naming the variable to set. */
export function storageSettingsIssues(settings: StorageSettingsFields): { path: string; message: string }[] {
  if (settings.FILES_STORAGE !== 's3') return [];
  const issues: { path: string; message: string }[] = [];
  if (!settings.FILES_S3_BUCKET) {
    issues.push({ path: 'FILES_S3_BUCKET', message: 'is required when FILES_STORAGE is s3' });
  }
  // Both keys, or neither for the SDK's default chain (environment, profile, instance role).
  if (settings.FILES_S3_ACCESS_KEY_ID && !settings.FILES_S3_SECRET_ACCESS_KEY) {
    issues.push({ path: 'FILES_S3_SECRET_ACCESS_KEY', message: 'is required when FILES_S3_ACCESS_KEY_ID is set' });
  }
  if (settings.FILES_S3_SECRET_ACCESS_KEY && !settings.FILES_S3_ACCESS_KEY_ID) {
    issues.push({ path: 'FILES_S3_ACCESS_KEY_ID', message: 'is required when FILES_S3_SECRET_ACCESS_KEY is set' });
  }
  return issues;
}

/**
 * Where file bytes are stored, read by the router (downloads, local uploads) and the files subgraph
 * (signed uploads, completing them). The same variables must reach both.
 */
export const filesStorageSettings = z
  .object({
    FILES_STORAGE: z.enum(['local', 's3'], { message: 'must be local or s3' }).default('local'),
    FILES_LOCAL_DIR: z.string().min(1).default(defaultLocalFilesDir),
    FILES_S3_BUCKET: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$/, 'must be a bucket name: letters, digits, . _ -')
      .optional(),
    FILES_S3_ENDPOINT: httpUrl.optional(),
    FILES_S3_REGION: z.string().min(1).default('us-east-1'),
    FILES_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    FILES_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    // A boolean too: `npm start` validates every setting once, then hands the parsed values to each subgraph.
    FILES_S3_FORCE_PATH_STYLE: z
      .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')], {
        message: 'must be true or false',
      })
      .default(false),
  })
  .superRefine((settings, ctx) => {
    for (const issue of storageSettingsIssues(settings)) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }
  });

export type FilesStorageSettings = z.infer<typeof filesStorageSettings>;

/**
 * The driver the settings name. Checks them together again, since a service that spreads
 * `filesStorageSettings.shape` into its own variables loses the object's refinement.
 */
export function createStorageDriver(
  settings: FilesStorageSettings,
  options: { publicUrl: () => string; signingSecret: string },
): StorageDriver {
  const issues = storageSettingsIssues(settings);
  if (issues.length) throw new ConfigError(issues.map((issue) => `${issue.path}: ${issue.message}`));
  if (settings.FILES_STORAGE === 'local') {
    return createLocalStorageDriver({ root: settings.FILES_LOCAL_DIR, ...options });
  }
  const { FILES_S3_ACCESS_KEY_ID: accessKeyId, FILES_S3_SECRET_ACCESS_KEY: secretAccessKey } = settings;
  return createS3StorageDriver({
    bucket: settings.FILES_S3_BUCKET!,
    region: settings.FILES_S3_REGION,
    endpoint: settings.FILES_S3_ENDPOINT,
    forcePathStyle: settings.FILES_S3_FORCE_PATH_STYLE,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  });
}
