import { request } from 'undici';
import { dataOf, graphql, type TestStack } from '../testkit';

export interface SignedUpload {
  id: string;
  url: string;
  method: string;
  headers: { name: string; value: string }[];
  fields: { name: string; value: string }[];
  byteSize: number;
}

export const createUploadMutation = `mutation ($input: CreateUploadInput!) {
  createUpload(input: $input) { upload { id url method headers { name value } fields { name value } byteSize fileName expiresAt } }
}`;

export const completeUploadMutation = `mutation ($input: CompleteUploadInput!) {
  completeUpload(input: $input) {
    deduplicated
    file { id name contentType contentKind byteSize sha256 versionCount inlineAllowed previewStatus altText decorative }
    version { id number fileName }
  }
}`;

type Router = Pick<TestStack, 'routerUrl'>;

/** createUpload as `token` (the raw response, for tests of refusals). */
export function requestUpload(
  stack: Router,
  token: string,
  input: { target?: string; fileId?: string; fileName: string; contentType: string; byteSize: number; tags?: string[] },
) {
  return graphql(stack.routerUrl, createUploadMutation, { input }, { token });
}

/** Starts an upload as `token`: the signed upload, or throws with the errors. */
export async function startUpload(
  stack: Router,
  token: string,
  input: Parameters<typeof requestUpload>[2],
): Promise<SignedUpload> {
  return dataOf(await requestUpload(stack, token, input)).createUpload.upload as SignedUpload;
}

/** `file(id)` with `selection`, as `token` (the raw response: outsiders get NOT_FOUND). */
export function fileAs(stack: Router, token: string, id: string, selection: string) {
  return graphql(stack.routerUrl, `query ($id: ID!) { file(id: $id) { ${selection} } }`, { id }, { token });
}

/** A work item's attachments, each file with `selection`, as `token` (the raw response). */
export function attachmentsOf(stack: Router, token: string, workItemId: string, selection: string) {
  return graphql(
    stack.routerUrl,
    `query ($id: ID!) { workItem(id: $id) { attachments { totalCount edges { node { ${selection} } } } } }`,
    { id: workItemId },
    { token },
  );
}

/** setFileLimits as `token`, answering every limit (the raw response: only organization admins may). */
export function setFileLimits(
  stack: Router,
  token: string,
  input: { organizationId: string; maxFileBytes?: number; projectQuotaBytes?: number; retentionDays?: number },
) {
  return graphql(
    stack.routerUrl,
    `
      mutation ($input: SetFileLimitsInput!) {
        setFileLimits(input: $input) {
          limits {
            maxFileBytes
            projectQuotaBytes
            retentionDays
          }
        }
      }
    `,
    { input },
    { token },
  );
}

/** Sends bytes to a signed upload exactly as a client would: a PUT, or a multipart POST of its fields then the file. */
export async function sendBytes(
  upload: SignedUpload,
  bytes: Buffer,
  contentType?: string,
): Promise<{ status: number; body: string }> {
  if (upload.method === 'PUT') {
    const headers = Object.fromEntries(upload.headers.map((header) => [header.name, header.value]));
    if (contentType) headers['content-type'] = contentType;
    const response = await request(upload.url, { method: 'PUT', headers, body: bytes });
    return { status: response.statusCode, body: await response.body.text() };
  }
  const form = new FormData();
  for (const field of upload.fields) form.append(field.name, field.value);
  form.append('file', new Blob([bytes]), 'file');
  const response = await fetch(upload.url, { method: 'POST', body: form });
  return { status: response.status, body: await response.text() };
}

/** Completes an upload as `token` (the raw response, for tests of refusals). */
export function completeUpload(
  stack: Router,
  token: string,
  input: { uploadId: string; altText?: string; decorative?: boolean; longDescription?: string; language?: string },
) {
  return graphql(stack.routerUrl, completeUploadMutation, { input }, { token });
}

/** Uploads a whole file the way a client does: createUpload, the bytes, completeUpload. */
export async function uploadFile(
  stack: Router,
  token: string,
  input: {
    target?: string;
    fileId?: string;
    fileName: string;
    contentType: string;
    bytes: Buffer;
    tags?: string[];
    altText?: string;
  },
) {
  const { bytes, altText, ...rest } = input;
  const upload = await startUpload(stack, token, { ...rest, byteSize: bytes.length });
  const sent = await sendBytes(upload, bytes);
  if (sent.status >= 300) throw new Error(`The store refused the bytes: ${sent.status} ${sent.body}`);
  const data = dataOf(await completeUpload(stack, token, { uploadId: upload.id, altText }));
  return data.completeUpload as {
    deduplicated: boolean;
    file: {
      id: string;
      name: string;
      contentType: string;
      contentKind: string;
      byteSize: number;
      sha256: string;
      versionCount: number;
      inlineAllowed: boolean;
      previewStatus: string;
    };
    version: { id: string; number: number; fileName: string };
  };
}

/** A small valid PNG of `width`×`height`, made by sharp. */
export async function pngOf(width = 32, height = 24): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  return sharp({ create: { width, height, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer();
}
