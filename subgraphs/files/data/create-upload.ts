import type { FilesPrisma } from '../db';

export interface NewUpload {
  id: string;
  projectId: string;
  organizationId: string;
  targetKind: string;
  targetId: string;
  workItemId: string | null;
  fileId: string | null;
  fileName: string;
  declaredType: string;
  byteSize: number;
  storageKey: string;
  tags: string[];
  createdBy: string;
  expiresAt: Date;
}

/** Records a signed upload handed out, so completing it and sweeping it know what was promised. */
export function createUpload(prisma: FilesPrisma, upload: NewUpload) {
  return prisma.upload.create({ data: { ...upload, byteSize: BigInt(upload.byteSize) } });
}
