import { badInput, conflict, forbidden, notFound } from '../../lib/errors';
import { organizationRoleAtLeast } from '../../lib/roles';
import { viewerIdOf, type IntegrationsContext } from './context';
import type { WebhookEndpoint } from './generated/prisma/client';

/** Where an endpoint belongs: the organization, and the project for a project's endpoint. */
export interface EndpointScope {
  organizationId: string;
  projectId: string | null;
}

/**
 * What the viewer may do with the endpoints of a scope: `admin` (the organization's OWNERs and
 * ADMINs, and the project's ADMINs for a project's), `member` (they see the scope but may not
 * administer it), or `none` (they do not see it).
 */
export async function scopeAccess(
  context: IntegrationsContext,
  scope: EndpointScope,
): Promise<'admin' | 'member' | 'none'> {
  const userId = viewerIdOf(context);
  const [organizationRole, project] = await Promise.all([
    context.loaders.organizationRole.load({ organizationId: scope.organizationId, userId }),
    scope.projectId ? context.loaders.projectAccess.load({ projectId: scope.projectId, userId }) : null,
  ]);
  if (organizationRoleAtLeast(organizationRole, 'ADMIN')) return 'admin';
  if (project?.role === 'ADMIN' && project.organizationId === scope.organizationId) return 'admin';
  if (scope.projectId) return project?.role ? 'member' : 'none';
  return organizationRole ? 'member' : 'none';
}

const refusal = 'Only the organization’s admins, and a project’s admins for its own endpoints, manage webhooks.';

/** NOT_FOUND for those who do not see the endpoint, FORBIDDEN for those who may not administer it. */
export async function administeredEndpoint(
  context: IntegrationsContext,
  endpointId: string,
  /** What NOT_FOUND names: the endpoint, or the delivery asked for. */
  what = 'Webhook endpoint',
): Promise<WebhookEndpoint> {
  const endpoint = await context.loaders.endpointById.load(endpointId);
  if (!endpoint) throw notFound(what);
  const access = await scopeAccess(context, endpoint);
  if (access === 'none') throw notFound(what);
  if (access === 'member') throw forbidden(refusal);
  return endpoint;
}

/**
 * The scope a new endpoint asks for, checked: the organization must be the viewer's, a project one
 * of its projects they can see, and the viewer its admin.
 */
export async function administeredScope(context: IntegrationsContext, scope: EndpointScope): Promise<EndpointScope> {
  const userId = viewerIdOf(context);
  const [organizationRole, project] = await Promise.all([
    context.loaders.organizationRole.load({ organizationId: scope.organizationId, userId }),
    scope.projectId ? context.loaders.projectAccess.load({ projectId: scope.projectId, userId }) : null,
  ]);
  if (scope.projectId && (!project?.role || project.organizationId !== scope.organizationId)) {
    if (!organizationRole) throw notFound('Organization');
    // A project the viewer cannot see is one that does not exist, as everywhere else.
    if (!project?.role) throw notFound('Project');
    throw badInput('input.projectId', 'The project is not one of this organization’s.');
  }
  const access = await scopeAccess(context, scope);
  if (access === 'none') throw notFound(scope.projectId ? 'Project' : 'Organization');
  if (access === 'member') throw forbidden(refusal);
  return scope;
}

/** Whether the viewer may see (and so administer) an endpoint; for lists and references, no error. */
export async function visibleEndpoints(
  context: IntegrationsContext,
  endpoints: readonly (WebhookEndpoint | null)[],
): Promise<(WebhookEndpoint | null)[]> {
  const access = await Promise.all(endpoints.map((endpoint) => (endpoint ? scopeAccess(context, endpoint) : 'none')));
  return endpoints.map((endpoint, index) => (access[index] === 'admin' ? endpoint : null));
}

/** Pings, redeliveries and replays send requests: a disabled endpoint receives none until it is enabled again. */
export function requireEnabled(endpoint: Pick<WebhookEndpoint, 'disabledAt'>, action: string): void {
  if (endpoint.disabledAt) {
    throw conflict(`The endpoint is disabled: enable it with updateWebhookEndpoint, then ${action}.`);
  }
}
