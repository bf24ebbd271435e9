import { badInput } from '../../../lib/errors';

/** The most different emoji one comment may carry (GitHub offers 8, Slack 23). */
export const maxReactionGroupsPerComment = 20;

/** How many reactors each group names; `count` has the rest. */
export const reactorsShown = 10;

// Built at run time: the `v` flag needs an ES2024 target, Node 20 supports it.
const oneEmoji = new RegExp('^\\p{RGI_Emoji}$', 'v');
const variationSelector16 = '\uFE0F';

/**
 * The reaction's emoji, or BAD_USER_INPUT on `field`: exactly one Unicode emoji (a recommended one,
 * with skin tones, flags, keycaps and joined sequences), stored in its fully qualified form so "❤"
 * and "❤️" are one reaction.
 */
export function parseEmoji(value: string, field = 'input.emoji'): string {
  const trimmed = value.trim();
  if (trimmed.length <= 32) {
    if (oneEmoji.test(trimmed)) return trimmed;
    if (oneEmoji.test(trimmed + variationSelector16)) return trimmed + variationSelector16;
  }
  throw badInput(field, 'The reaction must be exactly one emoji, such as 👍.');
}
