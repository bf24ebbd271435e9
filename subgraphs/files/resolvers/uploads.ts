import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import type { SignedUpload } from '../../../lib/files/storage/storage-driver';
import type { FilesContext } from '../context';
import type { Upload } from '../generated/prisma/client';
import type { Resolvers } from '../generated/resolvers-types';

const signatures = new WeakMap<Upload, Promise<SignedUpload>>();

/** The upload's signed request, made once per row object: the same key, limit and expiry as handed out. */
function signedOf(context: FilesContext, upload: Upload): Promise<SignedUpload> {
  let signed = signatures.get(upload);
  if (!signed) {
    signed = context.services.storage.signUpload({
      key: upload.storageKey,
      maxBytes: Number(upload.byteSize),
      contentType: upload.declaredType,
      expiresAt: upload.expiresAt,
    });
    signatures.set(upload, signed);
  }
  return signed;
}

const fieldsOf = (record: Record<string, string>) => Object.entries(record).map(([name, value]) => ({ name, value }));

export const uploadResolvers: Resolvers = {
  FileUpload: {
    // Only the person who started an upload sees it: it is their credential to send bytes.
    __resolveReference: async (reference, context) => {
      const decoded = decodeGlobalId(reference.id);
      if (decoded?.type !== 'FileUpload') return null;
      const upload = await context.loaders.uploadById.load(decoded.id);
      return upload && upload.createdBy === context.identity.viewer?.userId ? upload : null;
    },
    id: (upload) => toGlobalId('FileUpload', upload.id),
    url: async (upload, _args, context) => (await signedOf(context, upload)).url,
    method: async (upload, _args, context) => (await signedOf(context, upload)).method,
    headers: async (upload, _args, context) => fieldsOf((await signedOf(context, upload)).headers),
    fields: async (upload, _args, context) => fieldsOf((await signedOf(context, upload)).fields),
    byteSize: (upload) => Number(upload.byteSize),
    completed: (upload) => upload.completedAt !== null,
  },
};
