import { decodeGlobalId, toGlobalId } from '../../../lib/ids';
import { parsePage } from '../../../lib/relay';
import { pageRequestOf } from '../../../lib/db/batched-pages';
import { currentTimeZoneName } from '../../../lib/time-zones';
import { userOrganizationConnection } from '../data/organizations';
import { pendingInvitationsConnection } from './invitation';
import type { ColorVisionMode, UserPreferencesResolvers, UserResolvers } from '../generated/resolvers-types';

const colorVisionModes: readonly ColorVisionMode[] = [
  'NONE',
  'PROTANOPIA',
  'DEUTERANOPIA',
  'TRITANOPIA',
  'ACHROMATOPSIA',
];

/** Email, preferences, organizations and pending invitations are guarded by `fieldVisibility` in permissions.ts. */
export const user: UserResolvers = {
  async __resolveReference(reference, context) {
    const decoded = decodeGlobalId(reference.id);
    return decoded?.type === 'User' ? context.loaders.userById.load(decoded.id) : null;
  },
  id: (parent) => toGlobalId('User', parent.id),
  preferences: (parent) => parent,
  pendingInvitations: (parent, args, context) => pendingInvitationsConnection(context, parent, args),
  async organizations(parent, args, context) {
    const page = parsePage(args);
    const rows = await context.loaders.userOrganizationPage.load(pageRequestOf(parent.id, page));
    return userOrganizationConnection(rows, page, () => context.loaders.userOrganizationCount.load(parent.id));
  },
};

export const userPreferences: UserPreferencesResolvers = {
  colorVisionMode: (parent) => colorVisionModes.find((mode) => mode === parent.colorVisionMode) ?? 'NONE',
  // Zones stored before the current names were kept (`Asia/Calcutta`) read as their current name.
  timeZone: (parent) => currentTimeZoneName(parent.timeZone) ?? 'UTC',
};
