import { unauthenticated } from '../../../lib/errors';
import type { UsersContext } from '../context';
import { forgetMembershipLists } from '../loaders';

/** The signed-in person's raw uuid; mutations need one. */
export function viewerIdOf(context: UsersContext): string {
  if (!context.viewer) throw unauthenticated();
  return context.viewer.userId;
}

/** Cached memberships, member pages and counts would be stale after a write in the same request (several mutations in one document). */
export function forgetMemberships(context: UsersContext, organizationId: string, ...userIds: string[]) {
  for (const userId of userIds) {
    context.loaders.membership.clear({ organizationId, userId });
    context.loaders.organizationRole.clear({ organizationId, userId });
  }
  forgetMembershipLists(context.loaders);
}
