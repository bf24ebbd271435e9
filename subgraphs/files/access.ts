import { AppError, ErrorCode, badInput, forbidden, notFound } from '../../lib/errors';
import { decodeGlobalId, fromGlobalId, uuidPattern } from '../../lib/ids';
import { projectWithRole, readableProject, type ProjectInContext } from '../../lib/server/project-access';
import type { ProjectRole } from '../../lib/roles';
import { viewerIdOf, type FilesContext } from './context';
import type { File, LinkAttachment } from './generated/prisma/client';
import { canDeleteFile } from './rules/file-rights';

export type TargetKind = 'WORK_ITEM' | 'COMMENT' | 'PROJECT';

/** What a file or link is attached to, with the viewer's role in its project. */
export interface Target extends ProjectInContext {
  kind: TargetKind;
  targetId: string;
  /** The work item itself, or the comment's item; null for a project. */
  workItemId: string | null;
}

const kinds: Record<string, TargetKind> = { WorkItem: 'WORK_ITEM', Comment: 'COMMENT', Project: 'PROJECT' };

/**
 * The target a global ID names, where the viewer holds at least `required`. A target that does not
 * exist and one in a project the viewer cannot read are the same NOT_FOUND.
 */
export async function targetOf(
  context: FilesContext,
  globalId: string,
  field: string,
  required: ProjectRole,
): Promise<Target> {
  const decoded = decodeGlobalId(globalId);
  const kind = decoded && kinds[decoded.type];
  if (!decoded || !kind || !uuidPattern.test(decoded.id)) {
    throw badInput(field, 'Give the ID of a work item, a comment or a project.');
  }
  if (kind === 'PROJECT') {
    const project = await projectWithRole(context, decoded.id, required);
    return { ...project, kind, targetId: decoded.id, workItemId: null };
  }
  const place = await (kind === 'WORK_ITEM' ? context.loaders.workItemPlace : context.loaders.commentPlace).load(
    decoded.id,
  );
  if (!place) throw notFound(kind === 'WORK_ITEM' ? 'Work item' : 'Comment');
  const what = kind === 'WORK_ITEM' ? 'Work item' : 'Comment';
  const project = await hiddenAs(what, projectWithRole(context, place.projectId, required));
  return { ...project, kind, targetId: decoded.id, workItemId: place.workItemId };
}

/**
 * The project check of something inside a project: a project the viewer cannot read answers the
 * NOT_FOUND of the thing itself, word for word, so the answer does not tell that it exists.
 */
function hiddenAs<T>(what: string, check: Promise<T>): Promise<T> {
  return check.catch((error: unknown) => {
    throw error instanceof AppError && error.code === ErrorCode.NotFound ? notFound(what) : error;
  });
}

/** A file the viewer can read, with their role in its project; NOT_FOUND otherwise (deleted files included). */
export async function readableFile(context: FilesContext, fileId: string): Promise<{ file: File; role: ProjectRole }> {
  const file = await context.loaders.fileById.load(fileId);
  if (!file) throw notFound('File');
  const project = await hiddenAs('File', readableProject(context, file.projectId));
  return { file, role: project.role };
}

/**
 * The file of `input.fileId` when the viewer may delete or restore it: its uploader (while a MEMBER)
 * or a project ADMIN. NOT_FOUND to whoever cannot read it, FORBIDDEN to other readers.
 */
export async function deletableFile(
  context: FilesContext,
  fileId: string,
  action: 'delete' | 'restore',
): Promise<File> {
  const { file, role } = await readableFile(context, fromGlobalId(fileId, 'File', 'input.fileId'));
  if (!canDeleteFile(file, viewerIdOf(context), role)) {
    throw forbidden(`Only its uploader or a project admin may ${action} a file.`);
  }
  return file;
}

/** A link attachment whose project the viewer holds at least `required` in: NOT_FOUND as for a missing link otherwise. */
export async function linkWithRole(
  context: FilesContext,
  linkId: string,
  required: ProjectRole,
): Promise<{ link: LinkAttachment; project: ProjectInContext }> {
  const link = await context.loaders.linkById.load(linkId);
  if (!link) throw notFound('Link attachment');
  return { link, project: await hiddenAs('Link attachment', projectWithRole(context, link.projectId, required)) };
}

/** Of these projects, those the viewer can read, in one batch; an unreachable projects service fails the field. */
export async function readableProjectIds(context: FilesContext, projectIds: readonly string[]): Promise<Set<string>> {
  const userId = viewerIdOf(context);
  const unique = [...new Set(projectIds)];
  const access = await context.loaders.projectAccess.loadMany(unique.map((projectId) => ({ projectId, userId })));
  return new Set(
    unique.filter((_, index) => {
      const answer = access[index];
      if (answer instanceof Error) throw answer;
      return Boolean(answer?.role);
    }),
  );
}
