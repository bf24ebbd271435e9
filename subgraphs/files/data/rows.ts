import { z } from 'zod';
import type { Blob, File, FileVersion, LinkAttachment } from '../generated/prisma/client';

// Row schemas of the raw queries: each selects these columns under these names, so the rows are
// whole Prisma models (bigints as bigint, like Prisma's own reads).

const bigint = z.union([z.bigint(), z.number().int(), z.string().regex(/^\d+$/)]).transform((value) => BigInt(value));

export const FileRow = z.object({
  id: z.string(),
  projectId: z.string(),
  organizationId: z.string(),
  targetKind: z.string(),
  targetId: z.string(),
  workItemId: z.string().nullable(),
  name: z.string(),
  currentVersionId: z.string().nullable(),
  versionCount: z.number().int(),
  altText: z.string().nullable(),
  decorative: z.boolean(),
  longDescription: z.string().nullable(),
  language: z.string().nullable(),
  tags: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
  deletedAt: z.date().nullable(),
  deletedBy: z.string().nullable(),
  purgeAfter: z.date().nullable(),
}) satisfies z.ZodType<File>;

export const LinkAttachmentRow = z.object({
  id: z.string(),
  projectId: z.string(),
  targetKind: z.string(),
  targetId: z.string(),
  workItemId: z.string().nullable(),
  url: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  iconUrl: z.string().nullable(),
  createdBy: z.string(),
  updatedBy: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
}) satisfies z.ZodType<LinkAttachment>;

export const FileVersionRow = z.object({
  id: z.string(),
  fileId: z.string(),
  number: z.number().int(),
  blobId: z.string(),
  fileName: z.string(),
  createdBy: z.string(),
  createdAt: z.date(),
}) satisfies z.ZodType<FileVersion>;

export const BlobRow = z.object({
  id: z.string(),
  projectId: z.string(),
  sha256: z.string(),
  byteSize: bigint,
  contentType: z.string(),
  contentKind: z.string(),
  storageKey: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  pageCount: z.number().int().nullable(),
  previewStatus: z.string(),
  previewTries: z.number().int(),
  previewAfter: z.date().nullable(),
  createdAt: z.date(),
}) satisfies z.ZodType<Blob, unknown>;

/** The columns of `files.file` under FileRow's names, for `SELECT ${fileColumns('f')}`. */
export const fileColumns = (alias: string) =>
  [
    'id::text AS id',
    'project_id::text AS "projectId"',
    'organization_id::text AS "organizationId"',
    'target_kind AS "targetKind"',
    'target_id::text AS "targetId"',
    'work_item_id::text AS "workItemId"',
    'name',
    'current_version_id::text AS "currentVersionId"',
    'version_count AS "versionCount"',
    'alt_text AS "altText"',
    'decorative',
    'long_description AS "longDescription"',
    'language',
    'tags',
    'created_by::text AS "createdBy"',
    'created_at AS "createdAt"',
    'updated_at AS "updatedAt"',
    'deleted_at AS "deletedAt"',
    'deleted_by::text AS "deletedBy"',
    'purge_after AS "purgeAfter"',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');

export const linkColumns = (alias: string) =>
  [
    'id::text AS id',
    'project_id::text AS "projectId"',
    'target_kind AS "targetKind"',
    'target_id::text AS "targetId"',
    'work_item_id::text AS "workItemId"',
    'url',
    'title',
    'subtitle',
    'icon_url AS "iconUrl"',
    'created_by::text AS "createdBy"',
    'updated_by::text AS "updatedBy"',
    'created_at AS "createdAt"',
    'updated_at AS "updatedAt"',
  ]
    .map((column) => `${alias}.${column}`)
    .join(', ');
