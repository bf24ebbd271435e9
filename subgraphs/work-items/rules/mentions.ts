import { decodeGlobalId } from '../../../lib/ids';

/** The most people one comment may mention (as GitHub allows); more is BAD_USER_INPUT on the body. */
export const maxMentionsPerComment = 50;

/** A mention is written `<@USER_GLOBAL_ID>`; global IDs are base64url, so the ID is [A-Za-z0-9_-]. */
const mentionPattern = /<@([A-Za-z0-9_-]{1,200})>/g;

/**
 * The users a comment body mentions, as raw user uuids, in order of first mention and without
 * duplicates. Anything that is not a valid User global ID is plain text, not a mention.
 */
export function parseMentions(body: string): string[] {
  const seen = new Set<string>();
  for (const match of body.matchAll(mentionPattern)) {
    const decoded = decodeGlobalId(match[1] ?? '');
    if (decoded?.type === 'User') seen.add(decoded.id);
  }
  return [...seen];
}

/** The mentioned users who pass `keep` (project membership), order of first mention preserved. */
export async function keepMentions(
  userIds: readonly string[],
  keep: (userId: string) => Promise<boolean>,
): Promise<string[]> {
  const kept = await Promise.all(userIds.map(keep));
  return userIds.filter((_, i) => kept[i]);
}
