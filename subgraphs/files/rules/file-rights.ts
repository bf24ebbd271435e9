import { projectRoleAtLeast, type ProjectRole } from '../../../lib/roles';

/** Its uploader (while still a member) or a project admin may delete or restore a file. */
export const canDeleteFile = (file: { createdBy: string }, viewerId: string, role: ProjectRole) =>
  projectRoleAtLeast(role, 'ADMIN') || (file.createdBy === viewerId && projectRoleAtLeast(role, 'MEMBER'));

const inlineTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'application/pdf']);

/**
 * Inline only for types browsers render without running anything, and an image only once it is
 * accessible: it has alternative text, or is marked decorative.
 */
export function inlineAllowed(contentType: string, file: { altText: string | null; decorative: boolean }): boolean {
  if (!inlineTypes.has(contentType)) return false;
  if (contentType === 'application/pdf') return true;
  return Boolean(file.altText) || file.decorative;
}
