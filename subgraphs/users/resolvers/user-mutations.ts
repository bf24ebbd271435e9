import { unauthenticated } from '../../../lib/errors';
import { updateUser } from '../data/users';
import type { Prisma } from '../generated/prisma/client';
import type { MutationResolvers, UpdateMyPreferencesInput } from '../generated/resolvers-types';
import type { UsersContext } from '../context';
import { present, validateFontScale, validateLocale, validateName, validateTimeZone } from '../validation';
import { viewerIdOf } from './viewer';

function preferenceChanges(input: UpdateMyPreferencesInput): Prisma.UserUpdateInput {
  const data: Prisma.UserUpdateInput = {};
  const { reducedMotion, highContrast, screenReaderOptimized, keyboardFirst, colorVisionMode } = input;
  if (present(reducedMotion, 'input.reducedMotion')) data.reducedMotion = reducedMotion;
  if (present(highContrast, 'input.highContrast')) data.highContrast = highContrast;
  if (present(screenReaderOptimized, 'input.screenReaderOptimized')) {
    data.screenReaderOptimized = screenReaderOptimized;
  }
  if (present(keyboardFirst, 'input.keyboardFirst')) data.keyboardFirst = keyboardFirst;
  if (present(colorVisionMode, 'input.colorVisionMode')) data.colorVisionMode = colorVisionMode;
  if (present(input.fontScale, 'input.fontScale'))
    data.fontScale = validateFontScale(input.fontScale, 'input.fontScale');
  if (present(input.locale, 'input.locale')) data.locale = validateLocale(input.locale, 'input.locale');
  if (present(input.timeZone, 'input.timeZone')) data.timeZone = validateTimeZone(input.timeZone, 'input.timeZone');
  return data;
}

async function applyChanges(context: UsersContext, data: Prisma.UserUpdateInput) {
  const userId = viewerIdOf(context);
  const changes = Object.keys(data).length > 0;
  const user = changes
    ? await updateUser(context.prisma, userId, data) // one UPDATE: atomic by itself
    : await context.loaders.userById.load(userId);
  if (!user) throw unauthenticated();
  // Before answering, so the caller's next request (to any replica) reads the change.
  if (changes) await context.userCache?.changed(userId);
  context.loaders.userById.clear(userId).prime(userId, user);
  return user;
}

export const userMutations: MutationResolvers = {
  async updateMe(_parent, { input }, context) {
    const data: Prisma.UserUpdateInput = {};
    if (present(input.name, 'input.name')) data.name = validateName(input.name, 'input.name');
    return { user: await applyChanges(context, data) };
  },

  async updateMyPreferences(_parent, { input }, context) {
    const user = await applyChanges(context, preferenceChanges(input));
    return { user, preferences: user };
  },
};
