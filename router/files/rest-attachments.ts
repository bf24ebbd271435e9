import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, openAsBlob } from 'node:fs';
import { rm } from 'node:fs/promises';
import type http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ApolloServer } from '@apollo/server';
import busboy from 'busboy';
import { ErrorCode, isErrorCode } from '../../lib/errors';
import { fileUploadPath, verifyUploadToken } from '../../lib/files/file-links';
import type { StorageDriver } from '../../lib/files/storage/storage-driver';
import type { Logger } from '../../lib/logger';
import { closeAfterResponse, sendJson } from '../../lib/server/http-utils';
import { problem, restStatusOf, sendProblem } from '../rest/problem';
import { clientAddressOf } from '../client-address';
import { resolveIdentity, routerContextOf, type CredentialVerifiers } from '../identity';
import { hitApiTokenLimit } from '../rate-limit/api-token-limit';
import type { RateLimiter } from '../rate-limit';
import type { RouterContext } from '../signed-data-source';

// `POST /api/v1/work-items/{key}/attachments`: one file as multipart/form-data (the part named
// `file`, after optional `altText`, `decorative`, `longDescription` and `language` fields), for
// scripts with a bearer token. Like Jira's `X-Atlassian-Token: no-check`, the request must carry
// `X-Workgraph-Token: no-check`: a header no HTML form can send, and which a browser on another origin
// may only send after a CORS preflight this path never grants, so a page cannot post here with a
// user's cookies or credentials. The file streams to a temporary file with the organization's size
// limit enforced while reading (413 at the first byte past it); then the upload is made exactly as
// the GraphQL API makes it (createUpload, the bytes to the signed URL, completeUpload), as the caller,
// so every check and limit is the same.

export const attachmentsPathPattern = /^\/api\/v1\/work-items\/([A-Za-z][A-Za-z0-9]{0,9}-\d{1,9})\/attachments$/;
export const csrfHeader = 'x-workgraph-token';

interface Options {
  apollo: ApolloServer<RouterContext>;
  credentials: CredentialVerifiers;
  apiTokenRateLimiter: RateLimiter;
  signingSecret: string;
  rateLimiter: RateLimiter;
  trustProxyHops: number;
  storage?: StorageDriver;
  logger: Logger;
}

/** A failure that answers the request: its status, code, message and details (`field`, `limit`). */
class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

// Problems like every /api/v1 answer (router/rest/problem.ts); `limit`, `field`... travel beside `code`.
function sendRestError(res: http.ServerResponse, error: RestError) {
  const code = isErrorCode(error.code) ? error.code : ErrorCode.InternalServerError;
  const { field, ...details } = error.details;
  const errors = typeof field === 'string' ? [{ in: 'body' as const, field, message: error.message }] : [];
  sendProblem(res, problem(code, error.message, { status: error.status, errors, extra: details }));
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

async function run<T>(
  options: Options,
  context: RouterContext,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const response = await options.apollo.executeOperation({ query, variables }, { contextValue: context });
  const result = (response.body.kind === 'single' ? response.body.singleResult : {}) as GraphQLAnswer<T>;
  const error = result.errors?.[0];
  if (error || !result.data) {
    const code = String(error?.extensions?.code ?? ErrorCode.InternalServerError);
    const { field, limit, used, reason } = error?.extensions ?? {};
    const details = Object.fromEntries(
      Object.entries({ field, limit, used, reason }).filter(([, v]) => v !== undefined),
    );
    throw new RestError(
      isErrorCode(code) ? restStatusOf[code] : 500,
      code,
      error?.message ?? 'Internal server error.',
      details,
    );
  }
  return result.data;
}

const targetQuery = `query RestAttachmentTarget($key: String!, $organizationId: ID) {
  workItemByKey(key: $key, organizationId: $organizationId) { id project { organization { id } } }
}`;
const limitsQuery = `query RestAttachmentLimits($organizationId: ID!) { fileLimits(organizationId: $organizationId) { maxFileBytes } }`;
const createQuery = `mutation RestCreateUpload($input: CreateUploadInput!) {
  createUpload(input: $input) { upload { id url method headers { name value } fields { name value } } }
}`;
const completeQuery = `mutation RestCompleteUpload($input: CompleteUploadInput!) {
  completeUpload(input: $input) {
    deduplicated
    file { id name contentType contentKind byteSize sha256 versionCount createdAt }
    version { id number }
  }
}`;

interface ReceivedFile {
  tempPath: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  fields: Record<string, string>;
}

/** Reads the multipart body: its fields and its one file, spooled to disk, refusing past `maxBytes`. */
function receiveFile(req: http.IncomingMessage, maxBytes: number): Promise<ReceivedFile> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 10_000, parts: 12, headerPairs: 50 },
      });
    } catch {
      return reject(new RestError(415, ErrorCode.BadRequest, 'Send the file as multipart/form-data.'));
    }
    const fields: Record<string, string> = {};
    let received: Promise<ReceivedFile> | null = null;
    let failure: RestError | null = null;
    const fail = (error: RestError) => {
      failure ??= error;
    };
    let settled = false;
    // Past the size limit the answer is known: give it now, not after reading the rest of the body.
    const refuseNow = (error: RestError, tempPath: string) => {
      if (settled) return;
      settled = true;
      req.unpipe(parser);
      received?.finally(() => rm(tempPath, { force: true })).catch(() => undefined);
      reject(error);
    };
    parser.on('field', (name, value, info) => {
      if (info.valueTruncated)
        fail(new RestError(400, ErrorCode.BadUserInput, `The field ${name} is too long.`, { field: name }));
      fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || received) {
        stream.resume();
        return fail(
          new RestError(400, ErrorCode.BadUserInput, 'Send one file, in the part named `file`.', { field: name }),
        );
      }
      const tempPath = path.join(tmpdir(), `workgraph-upload-${randomUUID()}`);
      let byteSize = 0;
      stream.on('data', (chunk: Buffer) => (byteSize += chunk.length));
      stream.on('limit', () =>
        refuseNow(
          new RestError(413, ErrorCode.BadRequest, `The file exceeds ${maxBytes} bytes.`, { limit: maxBytes }),
          tempPath,
        ),
      );
      received = pipeline(stream, createWriteStream(tempPath)).then(() => ({
        tempPath,
        fileName: info.filename ?? '',
        contentType: fields.contentType || info.mimeType || 'application/octet-stream',
        byteSize,
        fields,
      }));
      received.catch(() => undefined);
    });
    parser.on('filesLimit', () => fail(new RestError(400, ErrorCode.BadUserInput, 'Send one file per request.')));
    parser.on('error', () => fail(new RestError(400, ErrorCode.BadRequest, 'The multipart body is malformed.')));
    parser.on('close', () => {
      if (settled) return;
      settled = true;
      const pending: Promise<ReceivedFile> | null = received;
      const settle = async () => {
        const file = pending ? await pending : null;
        if (failure || !file) {
          if (file) await rm(file.tempPath, { force: true });
          throw (
            failure ??
            new RestError(400, ErrorCode.BadUserInput, 'The request has no file part named `file`.', { field: 'file' })
          );
        }
        return file;
      };
      settle().then(resolve, reject);
    });
    req.on('aborted', () => fail(new RestError(400, ErrorCode.BadRequest, 'The upload was interrupted.')));
    req.pipe(parser);
  });
}

/** Sends the spooled bytes where createUpload said, as any client would: PUT to the router's own store, or a presigned POST. */
async function sendBytes(
  options: Options,
  file: ReceivedFile,
  upload: {
    url: string;
    method: string;
    headers: { name: string; value: string }[];
    fields: { name: string; value: string }[];
  },
) {
  const target = new URL(upload.url);
  if (upload.method === 'PUT' && target.pathname.startsWith(fileUploadPath) && options.storage) {
    const check = verifyUploadToken(options.signingSecret, target.pathname.slice(fileUploadPath.length));
    if (!check.ok) throw new RestError(500, ErrorCode.InternalServerError, 'Internal server error.');
    await options.storage.write(check.claims.key, createReadStream(file.tempPath), {
      maxBytes: check.claims.maxBytes,
      contentType: check.claims.contentType,
    });
    return;
  }
  const form = new FormData();
  for (const field of upload.fields) form.append(field.name, field.value);
  form.append('file', await openAsBlob(file.tempPath, { type: file.contentType }), file.fileName);
  const response = await fetch(upload.url, { method: 'POST', body: form });
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) {
    options.logger.error('rest attachment: the store refused the upload', { status: response.status });
    throw new RestError(503, ErrorCode.ServiceUnavailable, 'The file store did not take the file; try again later.');
  }
}

const booleanField = (value: string | undefined) =>
  value === undefined ? undefined : value === 'true' || value === '1';

/** Answers `POST /api/v1/work-items/{key}/attachments`. */
export async function handleRestAttachment(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: Options,
): Promise<void> {
  const key = attachmentsPathPattern.exec(url.pathname)?.[1];
  const refuse = (error: RestError) => {
    closeAfterResponse(req, res);
    req.resume();
    sendRestError(res, error);
  };
  if (!key) return refuse(new RestError(404, ErrorCode.NotFound, 'Not found.'));
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return refuse(new RestError(405, ErrorCode.BadRequest, 'Use POST.'));
  }
  if (req.headers[csrfHeader] !== 'no-check') {
    return refuse(
      new RestError(
        403,
        ErrorCode.Forbidden,
        `Send the header X-Workgraph-Token: no-check with uploads (it protects against cross-site requests).`,
      ),
    );
  }
  const clientAddress = clientAddressOf(req, options.trustProxyHops);
  const identity = await resolveIdentity(req.headers.authorization, options.credentials, clientAddress);
  if (identity.kind !== 'user') {
    res.setHeader('www-authenticate', identity.kind === 'invalid' ? 'Bearer error="invalid_token"' : 'Bearer');
    return refuse(
      new RestError(401, ErrorCode.Unauthenticated, 'An access token is required: Authorization: Bearer <token>.'),
    );
  }
  const decision = await options.rateLimiter.hit(`user:${identity.userId}`);
  if (!decision.allowed) {
    res.setHeader('retry-after', Math.max(1, Math.ceil(decision.resetMs / 1000)));
    return refuse(new RestError(429, ErrorCode.TooManyRequests, 'Too many requests; retry later.'));
  }
  if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) {
    return refuse(new RestError(415, ErrorCode.BadRequest, 'Send the file as multipart/form-data.'));
  }
  if (identity.apiToken && !(await hitApiTokenLimit(res, options.apiTokenRateLimiter, identity.apiToken.id, 'rest'))) {
    return refuse(
      new RestError(429, ErrorCode.TooManyRequests, 'This API token has made too many requests; retry later.'),
    );
  }
  // An API token's scopes are checked on each operation below (files:write to upload).
  const context: RouterContext = routerContextOf(identity, clientAddress);
  let received: ReceivedFile | null = null;
  try {
    const organizationId = url.searchParams.get('organizationId');
    const target = await run<{ workItemByKey: { id: string; project: { organization: { id: string } } } }>(
      options,
      context,
      targetQuery,
      { key, organizationId },
    );
    const item = target.workItemByKey;
    const { fileLimits } = await run<{ fileLimits: { maxFileBytes: number } }>(options, context, limitsQuery, {
      organizationId: item.project.organization.id,
    });
    const declared = Number(req.headers['content-length']);
    // The body holds the file and a little multipart framing: a body far larger cannot fit.
    if (Number.isFinite(declared) && declared > fileLimits.maxFileBytes + 64 * 1024) {
      return refuse(
        new RestError(413, ErrorCode.BadRequest, `The file exceeds ${fileLimits.maxFileBytes} bytes.`, {
          limit: fileLimits.maxFileBytes,
        }),
      );
    }
    received = await receiveFile(req, fileLimits.maxFileBytes);
    const { createUpload } = await run<{
      createUpload: {
        upload: {
          id: string;
          url: string;
          method: string;
          headers: { name: string; value: string }[];
          fields: { name: string; value: string }[];
        };
      };
    }>(options, context, createQuery, {
      input: {
        target: item.id,
        fileName: received.fileName || 'file',
        contentType: received.contentType,
        byteSize: received.byteSize,
      },
    });
    await sendBytes(options, received, createUpload.upload);
    const { completeUpload } = await run<{ completeUpload: Record<string, unknown> }>(options, context, completeQuery, {
      input: {
        uploadId: createUpload.upload.id,
        altText: received.fields.altText,
        decorative: booleanField(received.fields.decorative),
        longDescription: received.fields.longDescription,
        language: received.fields.language,
      },
    });
    sendJson(res, 201, completeUpload);
  } catch (error) {
    if (!(error instanceof RestError)) throw error;
    if (res.headersSent) return;
    refuse(error);
  } finally {
    if (received) await rm(received.tempPath, { force: true });
  }
}
