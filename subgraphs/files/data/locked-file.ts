import { raw, sqltag as sql } from '@prisma/client/runtime/client';
import { notFound } from '../../../lib/errors';
import { parseRows } from '../../../lib/db/parse-rows';
import type { FilesTx } from '../db';
import type { File } from '../generated/prisma/client';
import { FileRow, fileColumns } from './rows';

/**
 * A file's row, locked until the transaction ends: what a write decides on it (deleted or not) still
 * holds when it writes, and a second write of the same file waits and sees the first. NOT_FOUND once
 * the sweeper has purged it.
 */
export async function lockedFile(tx: FilesTx, fileId: string): Promise<File> {
  const [file] = parseRows(
    'lockedFile',
    FileRow,
    await tx.$queryRaw(sql`SELECT ${raw(fileColumns('f'))} FROM files.file f WHERE f.id = ${fileId}::uuid FOR UPDATE`),
  );
  if (!file) throw notFound('File');
  return file;
}
