import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createLocalStorageDriver } from '../../../lib/files/storage/local-driver';
import { uploadKey } from '../../../subgraphs/files/rules/storage-keys';
import { dataOf, rawId, useSubgraph, type Caller, type SubgraphTier } from '../../testkit';

const createUploadMutation = `mutation ($input: CreateUploadInput!) { createUpload(input: $input) { upload { id } } }`;

/**
 * The files subgraph on its own database, with users and projects for roles and work-items for
 * where items live, its bytes in a folder of the file's own (removed after its tests). There is no
 * router here to PUT bytes to: `storeUpload` writes them straight into the store.
 */
export function useFilesSubgraph(): { files: SubgraphTier; storeUpload: StoreUpload } {
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'workgraph-files-tier-'));
  const files = useSubgraph('files', {
    with: ['users', 'projects', 'work-items'],
    env: { FILES_LOCAL_DIR: filesDir, FILES_PREVIEW_POLL_MS: 0, FILES_SWEEP_POLL_MS: 0 },
  });
  afterAll(() => rm(filesDir, { recursive: true, force: true }));
  const store = createLocalStorageDriver({
    root: filesDir,
    publicUrl: () => 'http://localhost',
    signingSecret: 'x'.repeat(32),
  });

  const storeUpload: StoreUpload = async (caller, projectId, input, bytes) => {
    const started = await files.execute(caller, createUploadMutation, { input: { ...input, byteSize: bytes.length } });
    const id = dataOf(started).createUpload.upload.id as string;
    await store.write(uploadKey(rawId(projectId), rawId(id)), Readable.from([bytes]), {
      maxBytes: bytes.length,
      contentType: input.contentType,
    });
    return id;
  };
  return { files, storeUpload };
}

/**
 * createUpload as `caller` for a target (or a new version of a file) of the project `projectId`,
 * then the bytes straight into the store: the upload's global ID, ready for completeUpload.
 */
export type StoreUpload = (
  caller: Caller,
  projectId: string,
  input: { target?: string; fileId?: string; fileName: string; contentType: string; tags?: string[] },
  bytes: Buffer,
) => Promise<string>;
