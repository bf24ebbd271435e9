import path from 'node:path';
import { z } from 'zod';
import { ConfigError, parseConfig } from '../../config';
import { createStorageDriver, defaultLocalFilesDir, filesStorageSettings } from './storage-settings';

const links = { publicUrl: () => 'http://localhost:4000', signingSecret: 'x'.repeat(64) };
const issuesOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    parseConfig(filesStorageSettings, env);
    return [];
  } catch (error) {
    return (error as ConfigError).issues;
  }
};

describe('files storage settings', () => {
  test('default to local storage under .data/files of the repository', () => {
    const settings = parseConfig(filesStorageSettings, {});
    expect(settings).toMatchObject({
      FILES_STORAGE: 'local',
      FILES_LOCAL_DIR: defaultLocalFilesDir,
      FILES_S3_REGION: 'us-east-1',
      FILES_S3_FORCE_PATH_STYLE: false,
    });
    expect(path.relative(path.resolve(__dirname, '../../..'), defaultLocalFilesDir)).toBe(path.join('.data', 'files'));
    expect(createStorageDriver(settings, links).kind).toBe('local');
  });

  test('read again from values already parsed (as npm start hands them to each subgraph), they stay the same', () => {
    const once = parseConfig(filesStorageSettings, {
      FILES_S3_FORCE_PATH_STYLE: 'true',
      FILES_S3_BUCKET: 'workgraph-files',
    });
    const twice = filesStorageSettings.parse(once);
    expect(twice).toEqual(once);
    expect(twice.FILES_S3_FORCE_PATH_STYLE).toBe(true);
  });

  test('S3 needs a bucket, and both access keys or neither, each issue naming its variable', () => {
    expect(issuesOf({ FILES_STORAGE: 's3' })).toEqual(['FILES_S3_BUCKET: is required when FILES_STORAGE is s3']);
    expect(issuesOf({ FILES_STORAGE: 's3', FILES_S3_BUCKET: 'b1', FILES_S3_ACCESS_KEY_ID: 'AKIA' })).toEqual([
      'FILES_S3_SECRET_ACCESS_KEY: is required when FILES_S3_ACCESS_KEY_ID is set',
    ]);
    expect(issuesOf({ FILES_STORAGE: 's3', FILES_S3_BUCKET: 'b1', FILES_S3_SECRET_ACCESS_KEY: 'secret' })).toEqual([
      'FILES_S3_ACCESS_KEY_ID: is required when FILES_S3_SECRET_ACCESS_KEY is set',
    ]);
    expect(issuesOf({ FILES_STORAGE: 'gcs', FILES_S3_ENDPOINT: 'ftp://x', FILES_S3_FORCE_PATH_STYLE: 'yes' })).toEqual([
      'FILES_STORAGE: must be local or s3',
      'FILES_S3_ENDPOINT: must be an http(s) URL',
      'FILES_S3_FORCE_PATH_STYLE: must be true or false',
    ]);
  });

  test('S3 with a bucket and the default credential chain, or with both keys, gives an S3 driver', () => {
    const chain = parseConfig(filesStorageSettings, { FILES_STORAGE: 's3', FILES_S3_BUCKET: 'workgraph-files' });
    expect(createStorageDriver(chain, links).kind).toBe('s3');
    const keyed = parseConfig(filesStorageSettings, {
      FILES_STORAGE: 's3',
      FILES_S3_BUCKET: 'workgraph-files',
      FILES_S3_ENDPOINT: 'http://127.0.0.1:9000',
      FILES_S3_ACCESS_KEY_ID: 'minio',
      FILES_S3_SECRET_ACCESS_KEY: 'minio-secret',
      FILES_S3_FORCE_PATH_STYLE: 'true',
    });
    expect(keyed.FILES_S3_FORCE_PATH_STYLE).toBe(true);
    expect(createStorageDriver(keyed, links).kind).toBe('s3');
  });

  test('the driver factory refuses S3 settings that skipped the refinement, as when the shape is spread into another schema', () => {
    const routerEnv = z.object({ ROUTER_PORT: z.string().optional(), ...filesStorageSettings.shape });
    const settings = parseConfig(routerEnv, { FILES_STORAGE: 's3' });
    expect(() => createStorageDriver(settings, links)).toThrow(ConfigError);
    expect(() => createStorageDriver(settings, links)).toThrow(/FILES_S3_BUCKET: is required/);
  });
});
