/**
 * Query plans of the files subgraph's reads and background work at production-like volume
 * (`npm run explain:files`).
 *
 * Creates a scratch database on DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432/postgres),
 * migrates the files schema, fills 50 projects (2,000 work items, 1,000 comments and 200 tagged
 * documents each) with about 200,000 files (5% soft-deleted, 1% past purge_after), 1 to 3 versions
 * each on blobs deduplicated within a project, 20,000 link attachments, an upload per version plus
 * 10,000 open ones (2,000 expired) and 2,000 blobs waiting for a preview, ANALYZEs, then prints
 * EXPLAIN (ANALYZE, BUFFERS) of each statement (a second run, after a warm-up) and a summary table
 * (statement → indexes used → time). Raw SQL is taken from the data functions themselves
 * (`rawSqlOf`, `rawSqlsOf`); Prisma-built statements are written out by hand, as Prisma sends them,
 * next to the name of the function they mirror. Writes and locks run in transactions that are
 * rolled back. The scratch database is dropped at the end.
 *
 * Exits 1 when a sequential scan reads a table of more than 1,000 rows, or throws away more than
 * 1,000 rows (as explain:analytics): at this volume every list, lookup and sweep must be an index
 * range. Scanning a small table whole (organization_limits, project_usage) is the right plan and passes.
 */
import { join, sqltag as sql, type Sql } from '@prisma/client/runtime/client';
import { createPrismaClient } from '../lib/db/prisma';
import type { PageRequest } from '../lib/db/batched-pages';
import type { CheckedContent } from '../subgraphs/files/data/complete-upload';
import { completeUpload } from '../subgraphs/files/data/complete-upload';
import { removeCompletedUploads, takeExpiredUploads } from '../subgraphs/files/data/expired-uploads';
import { fileCounts, filePages, linkCounts, linkPages, type FileListVariant } from '../subgraphs/files/data/file-pages';
import { leasePendingBlob } from '../subgraphs/files/data/previews';
import { purgeDueFiles } from '../subgraphs/files/data/purge-files';
import { upsertLinkAttachment } from '../subgraphs/files/data/upsert-link-attachment';
import { versionCounts, versionPages } from '../subgraphs/files/data/version-pages';
import type { FilesPrisma } from '../subgraphs/files/db';
import { PrismaClient } from '../subgraphs/files/generated/prisma/client';
import {
  createPlanner,
  rolledBack,
  wastefulScans,
  rawSqlOf,
  rawSqlsOf,
  seedDatabase,
  uuidOf,
  withScratchDatabase,
} from './explain-support';

const projects = 50;
const itemsPerProject = 2000;
const commentsPerProject = 1000;
const documentsPerProject = 200;
/** Work item n has n % 3 files, and every 100th has this many: one deep list per 100 items. */
const filesOfBusyItem = 40;
const openUploadsPerProject = 200;
/** Connection pages: the default size 20, plus the row that tells whether a next page exists. */
const pageTake = 21;
const tagNames = ['spec', 'design', 'contract', 'invoice', 'roadmap', 'release-notes', 'research', 'meeting'];

/** A sequential scan of a table holding more rows than this, or throwing more away, fails the script. */
const seqScanLimit = 1000;

/**
 * Files of work items (WORK_ITEM), comments (COMMENT, with their item in work_item_id) and projects
 * (PROJECT documents, 1 to 3 tags each); h, a hash of the id in 0..99, picks the 5% deleted (h < 5)
 * and the 1% of them past purge_after (h = 0). Versions 1 to 3 per file; one version in 10 shares its
 * content with others of the project (300 shared contents per project), so blobs are deduplicated. A
 * completed upload per version, and per project 200 open ones (every fifth expired, every tenth a new
 * version of a document). Blobs of images and PDFs are READY but for about 2,000 PENDING (half never
 * tried, a quarter due again, a quarter leased) and some FAILED.
 */
const seedSql = `
  INSERT INTO file (id, project_id, organization_id, target_kind, target_id, work_item_id, name, current_version_id,
    version_count, alt_text, decorative, tags, created_by, created_at, updated_at, deleted_at, deleted_by, purge_after)
  SELECT id, md5('project-' || p)::uuid, md5('org-' || p % 10)::uuid, target_kind, target_id, work_item_id, name,
    md5('version-' || id || '-' || versions)::uuid, versions,
    CASE WHEN name LIKE '%.png' AND h % 2 = 0 THEN 'A screenshot' END, name LIKE '%.png' AND h % 2 = 1, tags,
    created_by, created_at, created_at,
    CASE WHEN h < 5 THEN least(created_at + interval '3 days', now() - interval '2 days') END,
    CASE WHEN h < 5 THEN created_by END,
    CASE WHEN h = 0 THEN now() - (1 + abs(hashtext(id::text || 'purge')) % 48) * interval '1 hour'
      WHEN h < 5 THEN now() + h * interval '5 days' END
  FROM (
    SELECT s.*, abs(hashtext(s.id::text)) % 100 AS h, 1 + abs(hashtext(s.id::text || 'v')) % 3 AS versions
    FROM (
      SELECT md5('file-' || p || '-w' || n || '-' || k)::uuid AS id, p, 'WORK_ITEM' AS target_kind,
        md5('item-' || p || '-' || n)::uuid AS target_id, md5('item-' || p || '-' || n)::uuid AS work_item_id,
        'attachment-' || n || '-' || k || (ARRAY['.png', '.pdf', '.txt', '.log'])[1 + k % 4] AS name,
        ARRAY[]::text[] AS tags, md5('user-' || (p * 7 + n) % 200)::uuid AS created_by,
        now() - interval '730 days' + n * interval '5 hours' + k * interval '7 minutes' AS created_at
      FROM generate_series(1, ${projects}) p, generate_series(1, ${itemsPerProject}) n,
        generate_series(1, CASE WHEN n % 100 = 0 THEN ${filesOfBusyItem} ELSE n % 3 END) k
      UNION ALL
      SELECT md5('file-' || p || '-c' || c)::uuid, p, 'COMMENT', md5('comment-' || p || '-' || c)::uuid,
        md5('item-' || p || '-' || (1 + c * 7 % ${itemsPerProject}))::uuid, 'comment-' || c || '.png', ARRAY[]::text[],
        md5('user-' || (p * 3 + c) % 200)::uuid, now() - interval '700 days' + c * interval '12 hours'
      FROM generate_series(1, ${projects}) p, generate_series(1, ${commentsPerProject}) c
      UNION ALL
      SELECT md5('file-' || p || '-d' || d)::uuid, p, 'PROJECT', md5('project-' || p)::uuid, NULL,
        'document-' || d || '.pdf',
        (ARRAY[t.names[1 + d % 8], t.names[1 + (d + 3) % 8], t.names[1 + (d + 5) % 8]])[1:1 + d % 3],
        md5('user-' || (p + d) % 200)::uuid, now() - interval '720 days' + d * interval '3 days'
      FROM generate_series(1, ${projects}) p, generate_series(1, ${documentsPerProject}) d,
        (SELECT ARRAY['${tagNames.join("','")}'] AS names) t
    ) s
  ) f;

  CREATE TEMP TABLE seed_version AS
  SELECT v.*, md5('blob-' || v.project_id || '-' || v.content)::uuid AS blob_id
  FROM (
    SELECT md5('version-' || f.id || '-' || n)::uuid AS id, f.id AS file_id, n AS number, f.project_id,
      f.organization_id, f.target_kind, f.target_id, f.work_item_id, f.name, f.created_by,
      f.created_at + (n - 1) * interval '1 day' AS created_at,
      CASE WHEN abs(hashtext(f.id::text || '-' || n)) % 10 = 0
        THEN 'shared-' || abs(hashtext(f.id::text || '-s' || n)) % 300 ELSE f.id || '-' || n END AS content
    FROM file f, generate_series(1, f.version_count) n
  ) v;

  INSERT INTO blob (id, project_id, sha256, byte_size, content_type, content_kind, storage_key, width, height,
    page_count, preview_status, preview_tries, preview_after, created_at)
  SELECT blob_id, project_id, md5(content) || md5(content || '#'), 1000 + abs(hashtext(content)) % 5000000,
    (ARRAY['image/png','image/png','image/jpeg','image/webp','application/pdf','application/pdf','text/plain',
      'text/plain','image/svg+xml','application/zip'])[1 + kind],
    (ARRAY['IMAGE','IMAGE','IMAGE','IMAGE','PDF','PDF','TEXT','TEXT','SVG','OTHER'])[1 + kind],
    'projects/' || project_id || '/blobs/' || blob_id,
    CASE WHEN kind < 4 THEN 1920 END, CASE WHEN kind < 4 THEN 1080 END, CASE WHEN kind IN (4, 5) THEN 1 + kind * 3 END,
    CASE WHEN kind >= 6 THEN 'NONE' WHEN preview % 113 = 0 THEN 'PENDING' WHEN preview % 113 = 1 THEN 'FAILED'
      ELSE 'READY' END,
    CASE WHEN preview % 113 = 0 THEN preview % 3 WHEN preview % 113 = 1 THEN 3 ELSE 1 END,
    CASE WHEN preview % 113 = 0 AND preview % 4 = 2 THEN now() - interval '1 minute'
      WHEN preview % 113 = 0 AND preview % 4 = 3 THEN now() + interval '4 minutes' END,
    created_at
  FROM (
    SELECT DISTINCT ON (blob_id) blob_id, project_id, content, created_at, abs(hashtext(content)) % 10 AS kind,
      abs(hashtext(content || 'p')) AS preview
    FROM seed_version ORDER BY blob_id, created_at
  ) b;

  INSERT INTO file_version (id, file_id, number, blob_id, file_name, created_by, created_at)
  SELECT id, file_id, number, blob_id, name, created_by, created_at FROM seed_version;

  INSERT INTO upload (id, project_id, organization_id, target_kind, target_id, work_item_id, file_id, file_name,
    declared_type, byte_size, storage_key, tags, created_by, created_at, expires_at, completed_at)
  SELECT md5('upload-' || v.id)::uuid, v.project_id, v.organization_id, v.target_kind, v.target_id, v.work_item_id,
    CASE WHEN v.number > 1 THEN v.file_id END, v.name, b.content_type, b.byte_size,
    'projects/' || v.project_id || '/uploads/' || md5('upload-' || v.id), ARRAY[]::text[], v.created_by,
    v.created_at - interval '1 minute', v.created_at + interval '1 hour', v.created_at
  FROM seed_version v JOIN blob b ON b.id = v.blob_id;

  INSERT INTO upload (id, project_id, organization_id, target_kind, target_id, work_item_id, file_id, file_name,
    declared_type, byte_size, storage_key, tags, created_by, created_at, expires_at, completed_at)
  SELECT md5('open-upload-' || p || '-' || u)::uuid, md5('project-' || p)::uuid, md5('org-' || p % 10)::uuid,
    CASE WHEN u % 10 = 3 THEN 'PROJECT' ELSE 'WORK_ITEM' END,
    CASE WHEN u % 10 = 3 THEN md5('project-' || p)::uuid ELSE md5('item-' || p || '-' || (1 + u * 13 % ${itemsPerProject}))::uuid END,
    CASE WHEN u % 10 = 3 THEN NULL ELSE md5('item-' || p || '-' || (1 + u * 13 % ${itemsPerProject}))::uuid END,
    CASE WHEN u % 10 = 3 THEN md5('file-' || p || '-d' || (1 + u % ${documentsPerProject}))::uuid END,
    'upload-' || u || '.png', 'image/png', 10000 + u * 1000,
    'projects/' || md5('project-' || p)::uuid || '/uploads/' || md5('open-upload-' || p || '-' || u), ARRAY[]::text[],
    md5('user-' || (p + u) % 200)::uuid,
    CASE WHEN u % 5 = 0 THEN now() - interval '2 hours' - u * interval '1 minute' ELSE now() - interval '10 minutes' END,
    CASE WHEN u % 5 = 0 THEN now() - interval '1 hour' - u * interval '1 minute' ELSE now() + interval '50 minutes' END,
    NULL
  FROM generate_series(1, ${projects}) p, generate_series(1, ${openUploadsPerProject}) u;

  DROP TABLE seed_version;

  INSERT INTO project_usage (project_id, organization_id, used_bytes)
  SELECT project_id, min(organization_id::text)::uuid, sum(byte_size)
  FROM blob JOIN (SELECT DISTINCT project_id, organization_id FROM file) o USING (project_id)
  GROUP BY project_id;

  INSERT INTO organization_limits (organization_id, max_file_bytes, project_quota_bytes, retention_days, updated_by)
  SELECT md5('org-' || o)::uuid, 104857600, 1099511627776, 30, md5('user-' || o)::uuid FROM generate_series(0, 5) o;

  INSERT INTO link_attachment (id, project_id, target_kind, target_id, work_item_id, url, title, subtitle, icon_url,
    created_by, updated_by, created_at, updated_at)
  SELECT md5('link-' || p || '-' || k)::uuid, md5('project-' || p)::uuid, 'WORK_ITEM',
    md5('item-' || p || '-' || (1 + k % 190))::uuid, md5('item-' || p || '-' || (1 + k % 190))::uuid,
    'https://github.com/acme/repo-' || p || '/pull/' || k, 'Pull request #' || k, 'acme/repo-' || p,
    'https://github.com/favicon.ico', md5('user-' || k % 200)::uuid, md5('user-' || k % 200)::uuid,
    now() - interval '600 days' + k * interval '1 day', now() - interval '600 days' + k * interval '1 day'
  FROM generate_series(1, ${projects}) p, generate_series(1, 380) k
  UNION ALL
  SELECT md5('link-' || p || '-project-' || k)::uuid, md5('project-' || p)::uuid, 'PROJECT', md5('project-' || p)::uuid,
    NULL, 'https://www.figma.com/file/' || md5(p || '-' || k), 'Design ' || k, NULL, NULL, md5('user-' || k)::uuid,
    md5('user-' || k)::uuid, now() - interval '500 days' + k * interval '7 days', now() - interval '500 days' + k * interval '7 days'
  FROM generate_series(1, ${projects}) p, generate_series(1, 20) k;`;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

type FilesExecutor = Pick<FilesPrisma, '$queryRaw' | '$executeRaw'>;

/** Prisma's `WHERE "<table>"."<column>" IN ($1, …)` over these values. */
const inList = (values: readonly string[]) => sql`(${join([...values])})`;

async function main(): Promise<void> {
  const failures: string[] = [];
  await withScratchDatabase('wg_explain_files', 'files', async (url) => {
    await seedDatabase(
      url,
      'files',
      `Seeding ${projects} projects × ${itemsPerProject} work items, ${commentsPerProject} comments and ` +
        `${documentsPerProject} documents: about 200,000 files…`,
      async (db) => {
        await db.query(seedSql);
        await db.query('VACUUM ANALYZE');
        const { rows } = await db.query<{ name: string; rows: string }>(
          `SELECT relname AS name, n_live_tup::text AS rows FROM pg_stat_user_tables WHERE schemaname = 'files'
           AND n_live_tup > 0 ORDER BY n_live_tup DESC`,
        );
        console.log(rows.map((row) => `${row.name}: ${row.rows}`).join(', '));
      },
    );
    const client = createPrismaClient(PrismaClient, { url, domain: 'files' });
    try {
      const tableRows = new Map(
        (
          await client.$queryRaw<{ name: string; rows: number }[]>`
          SELECT relname AS name, reltuples::int AS rows FROM pg_class
          WHERE relnamespace = 'files'::regnamespace AND relkind = 'r'`
        ).map((row) => [row.name, row.rows]),
      );
      const planner = createPlanner();
      const explain = async (name: string, query: Sql, executor: FilesExecutor = client, warm = true) => {
        const plan = await planner.explain(name, query, executor, warm);
        for (const scan of wastefulScans(plan, tableRows, seqScanLimit)) {
          failures.push(
            `${name}: Seq Scan on ${scan.table} (${scan.rows} rows, ${scan.removed} filtered out over ${scan.loops} loops)`,
          );
        }
      };
      /** Plans a write or lock in a rolled-back transaction, after a warm-up in one of its own; `before` runs first in both. */
      const explainWrite = async (name: string, statement: Sql, before?: (tx: FilesExecutor) => Promise<unknown>) => {
        await rolledBack(client, async (tx) => {
          await before?.(tx);
          await tx.$executeRaw(statement);
        });
        await rolledBack(client, async (tx) => {
          await before?.(tx);
          await explain(name, statement, tx, false);
        });
      };
      const fromFunction = (run: (db: FilesPrisma) => Promise<unknown>) => rawSqlOf<FilesPrisma>(run);

      const p = 7;
      const projectId = uuidOf(`project-${p}`);
      const now = new Date();
      // A page of 50 work items that carries the attachments of each (items 151..200: 0 to 2 files
      // each, and 40 on item 200), and the same for 50 comments.
      const items = range(151, 200).map((n) => uuidOf(`item-${p}-${n}`));
      const comments = range(1, 50).map((c) => uuidOf(`comment-${p}-${c}`));
      const firstPages = (parents: readonly string[]): PageRequest[] =>
        parents.map((parentId) => ({
          parentId,
          afterTime: '-infinity',
          afterId: '00000000-0000-0000-0000-000000000000',
          take: pageTake,
          direction: 'ASC',
        }));
      /** Each parent's page after its first listed file: every request carries a real cursor. */
      const pagesAfterFirst = async (parents: readonly string[], variant: FileListVariant): Promise<PageRequest[]> => {
        const firsts = await client.$queryRaw<{ parentId: string; createdAt: Date; id: string }[]>`
          SELECT DISTINCT ON (target_id) target_id::text AS "parentId", created_at AS "createdAt", id::text AS id
          FROM files.file WHERE target_kind = ${variant.targetKind} AND target_id = ANY(${parents}::uuid[])
            AND (${variant.includeDeleted} OR deleted_at IS NULL) AND tags @> ${[...variant.tags]}::text[]
          ORDER BY target_id, created_at, id`;
        const byParent = new Map(firsts.map((row) => [row.parentId, row]));
        return firstPages(parents).map((request) => {
          const first = byParent.get(request.parentId);
          return first ? { ...request, afterTime: first.createdAt.toISOString(), afterId: first.id } : request;
        });
      };

      const workItemFiles: FileListVariant = { targetKind: 'WORK_ITEM', includeDeleted: false, tags: [] };
      const commentFiles: FileListVariant = { targetKind: 'COMMENT', includeDeleted: false, tags: [] };
      const documents: FileListVariant = { targetKind: 'PROJECT', includeDeleted: false, tags: [] };
      const specs: FileListVariant = { ...documents, tags: ['spec'] };
      const specsWithDeleted: FileListVariant = { ...specs, includeDeleted: true };

      // WorkItem.attachments, Comment.attachments, Project.documents: filePages and fileCounts.
      const fileLists: [string, FileListVariant, readonly string[]][] = [
        ['WORK_ITEM, 50 items', workItemFiles, items],
        ['WORK_ITEM includeDeleted, 50 items', { ...workItemFiles, includeDeleted: true }, items],
        ['COMMENT, 50 comments', commentFiles, comments],
        ['PROJECT documents, no tags', documents, [projectId]],
        ['PROJECT documents, tags [spec]', specs, [projectId]],
        ['PROJECT documents, tags [spec] includeDeleted', specsWithDeleted, [projectId]],
      ];
      for (const [label, variant, parents] of fileLists) {
        await explain(
          `filePages ${label}: first page`,
          await fromFunction((db) => filePages(db, variant, firstPages(parents))),
        );
        if (variant.targetKind !== 'COMMENT') {
          const after = await pagesAfterFirst(parents, variant);
          await explain(
            `filePages ${label}: after a cursor`,
            await fromFunction((db) => filePages(db, variant, after)),
          );
        }
      }
      for (const [label, variant, parents] of fileLists) {
        await explain(`fileCounts ${label}`, await fromFunction((db) => fileCounts(db, variant, parents)));
      }

      // WorkItem.linkAttachments and Project.linkAttachments: linkPages and linkCounts.
      await explain(
        'linkPages WORK_ITEM, 50 items: first page',
        await fromFunction((db) => linkPages(db, 'WORK_ITEM', firstPages(items))),
      );
      await explain(
        'linkPages PROJECT: first page',
        await fromFunction((db) => linkPages(db, 'PROJECT', firstPages([projectId]))),
      );
      await explain('linkCounts WORK_ITEM, 50 items', await fromFunction((db) => linkCounts(db, 'WORK_ITEM', items)));
      await explain('linkCounts PROJECT', await fromFunction((db) => linkCounts(db, 'PROJECT', [projectId])));

      // File.versions: versionPages and versionCounts of the 50 files a page of attachments shows.
      const shown = await client.$queryRaw<{ id: string; versionId: string; blobId: string }[]>`
        SELECT f.id::text AS id, f.current_version_id::text AS "versionId", v.blob_id::text AS "blobId"
        FROM files.file f JOIN files.file_version v ON v.id = f.current_version_id
        WHERE f.target_kind = 'WORK_ITEM' AND f.target_id = ANY(${items}::uuid[]) ORDER BY f.created_at, f.id LIMIT 50`;
      const shownFiles = shown.map((row) => row.id);
      await explain(
        'versionPages, 50 files: first page',
        await fromFunction((db) =>
          versionPages(
            db,
            shownFiles.map((fileId) => ({ fileId, fromNumber: 2 ** 31 - 1, take: pageTake, direction: 'DESC' })),
          ),
        ),
      );
      await explain(
        'versionPages, 50 files: before number 2',
        await fromFunction((db) =>
          versionPages(
            db,
            shownFiles.map((fileId) => ({ fileId, fromNumber: 2, take: pageTake, direction: 'DESC' })),
          ),
        ),
      );
      await explain('versionCounts, 50 files', await fromFunction((db) => versionCounts(db, shownFiles)));

      // The loaders' reads by id (entity-reads.ts), as Prisma sends them: every column, `IN (…)`, OFFSET 0.
      const openUploads = range(1, 20).map((u) => uuidOf(`open-upload-${p}-${u}`));
      const links = range(1, 20).map((k) => uuidOf(`link-${p}-${k}`));
      const organizations = range(0, 9).map((o) => uuidOf(`org-${o}`));
      const someProjects = range(1, 20).map((q) => uuidOf(`project-${q}`));
      // filesByIds
      await explain(
        'filesByIds (50)',
        sql`SELECT * FROM "files"."file" WHERE "files"."file"."id" IN ${inList(shownFiles)} OFFSET 0`,
      );
      // versionsByIds
      await explain(
        'versionsByIds (50)',
        sql`SELECT * FROM "files"."file_version" WHERE "files"."file_version"."id" IN ${inList(shown.map((row) => row.versionId))} OFFSET 0`,
      );
      // blobsByIds
      await explain(
        'blobsByIds (50)',
        sql`SELECT * FROM "files"."blob" WHERE "files"."blob"."id" IN ${inList(shown.map((row) => row.blobId))} OFFSET 0`,
      );
      // uploadsByIds
      await explain(
        'uploadsByIds (20)',
        sql`SELECT * FROM "files"."upload" WHERE "files"."upload"."id" IN ${inList(openUploads)} OFFSET 0`,
      );
      // linksByIds
      await explain(
        'linksByIds (20)',
        sql`SELECT * FROM "files"."link_attachment" WHERE "files"."link_attachment"."id" IN ${inList(links)} OFFSET 0`,
      );
      // limitsOfOrganizations
      await explain(
        'limitsOfOrganizations (10)',
        sql`SELECT * FROM "files"."organization_limits"
          WHERE "files"."organization_limits"."organization_id" IN ${inList(organizations)} OFFSET 0`,
      );
      // usageOfProjects
      await explain(
        'usageOfProjects (20)',
        sql`SELECT * FROM "files"."project_usage" WHERE "files"."project_usage"."project_id" IN ${inList(someProjects)} OFFSET 0`,
      );
      // updateFile, deleteFile, restoreFile: the blob of the file's current version
      // (`blob.findFirstOrThrow({ where: { versions: { some: { id } } } })`).
      await explain(
        'blob of a current version (updateFile, deleteFile, restoreFile)',
        sql`SELECT * FROM "files"."blob" WHERE EXISTS(SELECT "t0"."blob_id" FROM "files"."file_version" AS "t0"
          WHERE ("t0"."id" = ${shown[0]!.versionId}::uuid AND ("files"."blob"."id") = ("t0"."blob_id")
            AND "t0"."blob_id" IS NOT NULL)) LIMIT 1 OFFSET 0`,
      );

      // completeUpload: an open upload of a new version of a document, with content not stored yet,
      // so it takes every statement (the usage row, the quota update, the file lock).
      const [versionUpload] = await client.$queryRaw<{ id: string }[]>`
        SELECT u.id::text FROM files.upload u JOIN files.file f ON f.id = u.file_id
        WHERE u.project_id = ${projectId}::uuid AND u.completed_at IS NULL AND u.expires_at > now()
          AND f.deleted_at IS NULL ORDER BY u.id LIMIT 1`;
      const upload = await client.upload.findUniqueOrThrow({ where: { id: versionUpload!.id } });
      const content: CheckedContent = {
        sha256: 'f'.repeat(64),
        byteSize: Number(upload.byteSize),
        contentType: 'image/png',
        contentKind: 'IMAGE',
        previewable: true,
      };
      const [uploadLock, usageRow, usageUpdate, fileLock] = await rawSqlsOf<FilesPrisma>(
        4,
        (db) =>
          completeUpload(db, {
            uploadId: upload.id,
            content,
            accessibility: { altText: null, decorative: true, longDescription: null, language: null },
            quotaBytes: 2 ** 40,
          }),
        {
          raw: [[{ id: upload.id }], 1, 1],
          models: { 'upload.findUniqueOrThrow': upload, 'blob.findUnique': null, 'blob.create': { id: uuidOf('new') } },
        },
      );
      await explainWrite('completeUpload: lock the upload (FOR UPDATE)', uploadLock!);
      // completeUpload → blobFor: `blob.findUnique({ where: { projectId_sha256 } })`.
      await explain(
        'completeUpload: blob by (project_id, sha256)',
        sql`SELECT * FROM "files"."blob" WHERE (("files"."blob"."project_id" = ${projectId}::uuid
          AND "files"."blob"."sha256" = ${content.sha256}) AND 1=1) LIMIT 1 OFFSET 0`,
      );
      await explainWrite('completeUpload: usage row (INSERT … ON CONFLICT DO NOTHING)', usageRow!);
      await explainWrite('completeUpload: usage conditional UPDATE (quota)', usageUpdate!);
      await explainWrite('completeUpload: lock the file (FOR UPDATE)', fileLock!);

      // purgeDueFiles: the due files, then (after deleting them, their versions cascading) which of
      // their blobs no version uses any more. With about 2,000 due the planner expects fewer than the
      // batch (it multiplies the 5% deleted by the 1% due), so it reads every due file and sorts them
      // rather than stopping after 100 in index order: see "Query plans" in subgraphs/files/README.md.
      const [dueSelect] = await rawSqlsOf<FilesPrisma>(1, (db) => purgeDueFiles(db, now));
      await explainWrite('purgeDueFiles: due files (FOR UPDATE SKIP LOCKED)', dueSelect!);
      const due = (await client.$queryRaw<{ id: string }[]>(dueSelect!)).map((row) => row.id);
      // purgeDueFiles: `file.findMany({ where: { id: { in } }, include: { versions: { include: { blob } } } })`,
      // whose versions Prisma reads by file_id.
      await explain(
        `purgeDueFiles: versions of ${due.length} due files (include)`,
        sql`SELECT * FROM "files"."file_version" WHERE "files"."file_version"."file_id" IN ${inList(due)} OFFSET 0`,
      );
      const dueBlobs = (
        await client.$queryRaw<{ id: string }[]>`
          SELECT DISTINCT blob_id::text AS id FROM files.file_version WHERE file_id = ANY(${due}::uuid[])`
      ).map((row) => row.id);
      // purgeDueFiles: `file.deleteMany({ where: { id: { in } } })`.
      const deleteDue = sql`DELETE FROM "files"."file" WHERE "files"."file"."id" IN ${inList(due)}`;
      await explainWrite(`purgeDueFiles: delete ${due.length} due files (versions cascade)`, deleteDue);
      // purgeDueFiles: `blob.findMany({ where: { id: { in }, versions: { none: {} } } })`, after the delete.
      const orphans = sql`SELECT * FROM "files"."blob" WHERE ("files"."blob"."id" IN ${inList(dueBlobs)}
        AND NOT EXISTS(SELECT "t0"."blob_id" FROM "files"."file_version" AS "t0"
          WHERE (1=1 AND ("files"."blob"."id") = ("t0"."blob_id") AND "t0"."blob_id" IS NOT NULL))) OFFSET 0`;
      await rolledBack(client, async (tx) => {
        await tx.$executeRaw(deleteDue);
        await explain(`purgeDueFiles: orphan blobs among ${dueBlobs.length}`, orphans, tx);
      });

      await explainWrite('takeExpiredUploads (200)', await fromFunction((db) => takeExpiredUploads(db, now)));
      await explainWrite(
        'removeCompletedUploads (1000)',
        await fromFunction((db) => removeCompletedUploads(db, new Date(now.getTime() + 2 * 86_400_000))),
      );
      await explainWrite('leasePendingBlob', await fromFunction((db) => leasePendingBlob(db, now)));
      // retireFilesOfWorkItems: `file.updateMany({ where: { workItemId: { in } } })`, one item per event
      // (item 200: its 40 attachments and the files of its comments).
      await explainWrite(
        'retireFilesOfWorkItems (1 item)',
        sql`UPDATE "files"."file" SET "deleted_at" = ${now}, "purge_after" = ${now}, "updated_at" = ${now}
          WHERE "files"."file"."work_item_id" IN ${inList([uuidOf(`item-${p}-200`)])}`,
      );
      // retireFilesOfComments: `file.updateMany({ where: { targetKind: 'COMMENT', targetId: { in } } })`.
      await explainWrite(
        'retireFilesOfComments (1 comment)',
        sql`UPDATE "files"."file" SET "deleted_at" = ${now}, "purge_after" = ${now}, "updated_at" = ${now}
          WHERE ("files"."file"."target_kind" = 'COMMENT' AND "files"."file"."target_id" IN ${inList([comments[0]!])})`,
      );

      // upsertLinkAttachment: an integration sending a link the item already has (the update branch).
      const [upsert] = await rawSqlsOf<FilesPrisma>(1, (db) =>
        upsertLinkAttachment(db, {
          projectId,
          organizationId: uuidOf(`org-${p % 10}`),
          targetKind: 'WORK_ITEM',
          targetId: uuidOf(`item-${p}-2`),
          workItemId: uuidOf(`item-${p}-2`),
          url: `https://github.com/acme/repo-${p}/pull/1`,
          title: 'Pull request #1 (merged)',
          subtitle: `acme/repo-${p}`,
          iconUrl: null,
          actorId: uuidOf('user-1'),
        }),
      );
      await explainWrite('upsertLinkAttachment (INSERT … ON CONFLICT, existing URL)', upsert!);

      planner.printSummary(`Time at ${tableRows.get('file')} files`);
    } finally {
      await client.$disconnect();
    }
  });
  const distinct = [...new Set(failures)];
  if (distinct.length) {
    console.error(`\nSequential scans of large tables (over ${seqScanLimit} rows):\n  ${distinct.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`\nNo statement scans a table of over ${seqScanLimit} rows sequentially.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
