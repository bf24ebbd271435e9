import { badInput } from '../../../lib/errors';

export const maxAltTextLength = 1000;
export const maxLongDescriptionLength = 10_000;
export const maxTags = 20;
export const maxTagLength = 40;

/** Text that may be cleared with null: trimmed, empty becomes null, at most `max` characters. */
export function optionalText(value: string | null, field: string, max: number): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if ([...trimmed].length > max) throw badInput(field, `At most ${max} characters.`);
  return trimmed || null;
}

// BCP 47 as people write it: a language subtag, then optional script, region and variant subtags.
const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?(-([a-zA-Z\d]{5,8}|\d[a-zA-Z\d]{3}))*$/;

export function languageOf(value: string | null, field: string): string | null {
  if (value === null || !value.trim()) return null;
  const tag = value.trim();
  if (!languageTag.test(tag)) throw badInput(field, 'Use a BCP 47 language tag, for example `en` or `pt-BR`.');
  return tag;
}

/** Tags as stored: trimmed, without duplicates, sorted; at most 20 of 1-40 characters without control characters. */
export function tagsOf(values: readonly string[], field: string): string[] {
  if (values.length > maxTags) throw badInput(field, `At most ${maxTags} tags.`);
  const tags = new Set<string>();
  values.forEach((value, index) => {
    const tag = value.trim();
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (!tag || [...tag].length > maxTagLength || /[\u0000-\u001f\u007f]/.test(tag)) {
      throw badInput(`${field}.${index}`, `A tag has 1-${maxTagLength} characters and no control characters.`);
    }
    tags.add(tag);
  });
  return [...tags].sort();
}
