import { viewerIdOf } from '../context';
import { writePreferences } from '../data/preferences';
import type { MutationResolvers } from '../generated/resolvers-types';
import { preferenceChangesOf } from '../rules/preference-changes';
import { preferencesOf } from './preferences';

/** Omitted channels and settings keep their value; the payload reads the preferences back after the commit. */
export const updateNotificationPreferencesMutation: MutationResolvers = {
  updateNotificationPreferences: async (_parent, { input }, context) => {
    const userId = viewerIdOf(context);
    const changes = preferenceChangesOf(input);
    const now = new Date();
    await context.prisma.$transaction((tx) => writePreferences(tx, userId, changes, now));
    return { preferences: await preferencesOf(context, userId) };
  },
};
