import { z } from 'zod';
import { signToken, verifyToken } from '../signed-token';
import { safeFileName } from './file-names';
import { isValidStorageKey } from './storage/storage-driver';

// The short-lived signed links of file bytes, both served by the router (router/files): an upload
// link (local storage only; S3 uses a presigned POST) and a download link, whatever the storage.
// A token is `<base64url(JSON claims)>.<base64url(HMAC)>` (lib/signed-token) with a key derived from
// SUBGRAPH_SIGNING_SECRET for its purpose, so an upload token is worthless as a download token, and
// both are worthless as any other token. Every claim is bound: the storage key, the byte limit and
// content type of an upload, the name, type and disposition of a download, and the expiry.

export const filesPrefix = '/files/';
export const fileUploadPath = '/files/upload/';
export const fileDownloadPath = '/files/download/';

/** The purposes the signing secret's keys are derived for; exported for tests that forge tokens. */
export const fileTokenPurposes = { upload: 'file uploads', download: 'file downloads' } as const;

// A key (512), a content type (255) and a file name (200 characters, up to 800 bytes of UTF-8) as
// JSON, in base64: well below URL limits of browsers and proxies.
const maxTokenLength = 4096;

const contentType = z
  .string()
  .max(255)
  .regex(/^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*(\s*;\s*[\w!#$&^.+-]+=("[^"\\\r\n]*"|[\w!#$&^.+-]+))*$/);
const storageKey = z.string().refine(isValidStorageKey);
const expires = z.number().int().min(0).max(1e11);

const uploadClaims = z.strictObject({
  key: storageKey,
  maxBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  contentType,
  expires,
});
const downloadClaims = z.strictObject({
  key: storageKey,
  fileName: z.string().min(1).max(1000),
  contentType,
  disposition: z.enum(['inline', 'attachment']),
  expires,
});

/** What an upload token binds. */
export type UploadClaims = z.infer<typeof uploadClaims>;
/** What a download token binds. */
export type DownloadClaims = z.infer<typeof downloadClaims>;

export type FileTokenCheck<Claims> = { ok: true; claims: Claims } | { ok: false; reason: 'expired' | 'invalid' };

function sign<Claims extends { expires: number }>(
  schema: z.ZodType<Claims>,
  purpose: string,
  secret: string,
  claims: Claims,
): string {
  // Claims come from our own code: one that does not parse is a bug, never a token.
  const parsed = schema.safeParse(claims);
  if (!parsed.success) throw new TypeError(`Cannot sign ${purpose} claims: ${parsed.error.issues[0]?.message}`);
  return signToken(secret, purpose, JSON.stringify(parsed.data));
}

function verify<Claims extends { expires: number }>(
  schema: z.ZodType<Claims>,
  purpose: string,
  secret: string,
  token: string,
  nowMs: number,
): FileTokenCheck<Claims> {
  const payload = verifyToken(secret, purpose, token, maxTokenLength);
  if (payload === null) return { ok: false, reason: 'invalid' };
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  // Checked after the signature, so a made-up expiry says "invalid", not "expired".
  if (parsed.data.expires * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, claims: parsed.data };
}

export const signUploadToken = (secret: string, claims: UploadClaims): string =>
  sign(uploadClaims, fileTokenPurposes.upload, secret, claims);

export const verifyUploadToken = (secret: string, token: string, nowMs = Date.now()): FileTokenCheck<UploadClaims> =>
  verify(uploadClaims, fileTokenPurposes.upload, secret, token, nowMs);

export const signDownloadToken = (secret: string, claims: DownloadClaims): string =>
  sign(downloadClaims, fileTokenPurposes.download, secret, claims);

export const verifyDownloadToken = (
  secret: string,
  token: string,
  nowMs = Date.now(),
): FileTokenCheck<DownloadClaims> => verify(downloadClaims, fileTokenPurposes.download, secret, token, nowMs);

/** Where the client PUTs the bytes of a local upload: `<publicUrl>/files/upload/<token>`. */
export const fileUploadUrl = (publicUrl: string, secret: string, claims: UploadClaims): string =>
  `${publicUrl.replace(/\/+$/, '')}${fileUploadPath}${signUploadToken(secret, claims)}`;

/**
 * The download link: `<publicUrl>/files/download/<token>/<name>`. The name at the end is for
 * browsers and people (what a save dialog proposes); the router names the file from the token.
 */
export const fileDownloadUrl = (publicUrl: string, secret: string, claims: DownloadClaims): string =>
  `${publicUrl.replace(/\/+$/, '')}${fileDownloadPath}${signDownloadToken(secret, claims)}/${encodeURIComponent(safeFileName(claims.fileName))}`;
