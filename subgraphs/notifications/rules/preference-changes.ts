import { badInput } from '../../../lib/errors';
import type { UpdateNotificationPreferencesInput } from '../generated/resolvers-types';
import { minutesOf } from './time-of-day';

export interface PreferenceChanges {
  channels: { type: string; inApp?: boolean; email?: boolean }[];
  /** undefined: unchanged; null: removed. Minutes after local midnight. */
  quietHours?: { start: number; end: number } | null;
  digest?: string;
}

/** Each type at most once in `input.channels`. */
function requireDistinctTypes(channels: readonly { type: string }[]): void {
  const seen = new Set<string>();
  for (const channel of channels) {
    if (seen.has(channel.type)) throw badInput('input.channels', `${channel.type} appears more than once.`);
    seen.add(channel.type);
  }
}

/**
 * The changes `updateNotificationPreferences` asks for, validated; null fields (other than quietHours,
 * where null removes them) are left unchanged. Quiet hours must end at another time than they start.
 */
export function preferenceChangesOf(input: UpdateNotificationPreferencesInput): PreferenceChanges {
  const channels = input.channels ?? [];
  requireDistinctTypes(channels);
  const changes: PreferenceChanges = {
    channels: channels.map((channel) => ({
      type: channel.type,
      inApp: channel.inApp ?? undefined,
      email: channel.email ?? undefined,
    })),
  };
  if (input.quietHours === null) changes.quietHours = null;
  else if (input.quietHours) {
    const start = minutesOf(input.quietHours.start, 'input.quietHours.start');
    const end = minutesOf(input.quietHours.end, 'input.quietHours.end');
    if (start === end) throw badInput('input.quietHours.end', 'Quiet hours must end at another time than they start.');
    changes.quietHours = { start, end };
  }
  if (input.digest) changes.digest = input.digest;
  return changes;
}
