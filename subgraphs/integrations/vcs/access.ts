import { forbidden, notFound } from '../../../lib/errors';
import { scopeAccess } from '../access';
import type { IntegrationsContext } from '../context';
import type { VcsConnection } from '../generated/prisma/client';

const refusal = 'Only the organization’s owners and admins manage its repository connections.';

/** The organization's OWNERs and ADMINs administer it; NOT_FOUND for outsiders, FORBIDDEN for members. */
export async function administeredOrganization(context: IntegrationsContext, organizationId: string) {
  const access = await scopeAccess(context, { organizationId, projectId: null });
  if (access === 'none') throw notFound('Organization');
  if (access === 'member') throw forbidden(refusal);
}

/** A connection the viewer administers; NOT_FOUND for a missing one and for outsiders, FORBIDDEN for members. */
export async function administeredConnection(context: IntegrationsContext, id: string): Promise<VcsConnection> {
  const connection = await context.vcs.connectionById.load(id);
  if (!connection) throw notFound('Repository connection');
  const access = await scopeAccess(context, { organizationId: connection.organizationId, projectId: null });
  if (access === 'none') throw notFound('Repository connection');
  if (access === 'member') throw forbidden(refusal);
  return connection;
}

/** Whether the viewer may read a project (any role); no viewer: no. */
export async function readsProject(context: IntegrationsContext, projectId: string): Promise<boolean> {
  const userId = context.identity.viewer?.userId;
  if (!userId) return false;
  return Boolean((await context.loaders.projectAccess.load({ projectId, userId }))?.role);
}
