import type { ProjectRole } from '../../../lib/roles';

/**
 * Whether a change of a direct member takes a direct ADMIN away (a demotion, or a removal when
 * `newRole` is null): such a change needs another direct ADMIN to remain. Only direct ADMINs count;
 * organization admins administer every project anyway, but are not counted here.
 */
export function takesAwayAdmin(currentRole: string, newRole: ProjectRole | null): boolean {
  return currentRole === 'ADMIN' && newRole !== 'ADMIN';
}
