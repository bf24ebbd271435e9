import { byId, byKey } from '../../../lib/loader-results';
import type { FilesPrisma } from '../db';

// Batched reads by id for the per-request loaders: one statement per kind and batch.

export async function filesByIds(prisma: FilesPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.file.findMany({ where: { id: { in: [...ids] } } }));
}

export async function versionsByIds(prisma: FilesPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.fileVersion.findMany({ where: { id: { in: [...ids] } } }));
}

export async function blobsByIds(prisma: FilesPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.blob.findMany({ where: { id: { in: [...ids] } } }));
}

export async function uploadsByIds(prisma: FilesPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.upload.findMany({ where: { id: { in: [...ids] } } }));
}

export async function linksByIds(prisma: FilesPrisma, ids: readonly string[]) {
  return byId(ids, await prisma.linkAttachment.findMany({ where: { id: { in: [...ids] } } }));
}

/** Each organization's limits row, or null where its admins kept the defaults. */
export async function limitsOfOrganizations(prisma: FilesPrisma, organizationIds: readonly string[]) {
  const rows = await prisma.organizationLimits.findMany({ where: { organizationId: { in: [...organizationIds] } } });
  return byKey(organizationIds, rows, (row) => row.organizationId);
}

/** Bytes each project's content takes; 0 for a project with none. */
export async function usageOfProjects(prisma: FilesPrisma, projectIds: readonly string[]) {
  const rows = await prisma.projectUsage.findMany({ where: { projectId: { in: [...projectIds] } } });
  const byProject = new Map(rows.map((row) => [row.projectId, row.usedBytes]));
  return projectIds.map((id) => byProject.get(id) ?? 0n);
}
