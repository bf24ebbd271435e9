import { currentTimeZoneName } from '../../lib/time-zones';
import { badInput } from '../../lib/errors';

const emailPattern =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const slugPattern = /^[a-z][a-z0-9-]{2,39}$/;

export const passwordLength = { min: 10, max: 200 } as const;
export const fontScaleRange = { min: 0.75, max: 2 } as const;

// Lengths count code points, so an emoji counts as one character, as a person would count it.
const lengthOf = (value: string) => [...value].length;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function validateEmail(email: string, field: string): string {
  const normalised = normaliseEmail(email);
  if (normalised.length > 254 || !emailPattern.test(normalised)) {
    throw badInput(field, 'Enter a valid email address.');
  }
  return normalised;
}

export function validateNewPassword(password: string, field: string): string {
  const length = lengthOf(password);
  if (length < passwordLength.min || length > passwordLength.max) {
    throw badInput(field, `The password must be ${passwordLength.min} to ${passwordLength.max} characters long.`);
  }
  return password;
}

/** Sign-in only bounds the size: the rules for new passwords may change after an account was made. */
export function validateGivenPassword(password: string, field: string): string {
  if (password.length === 0 || password.length > 1024) throw badInput(field, 'Enter your password.');
  return password;
}

export function validateName(name: string, field: string): string {
  const trimmed = name.trim();
  const length = lengthOf(trimmed);
  if (length < 1 || length > 100) throw badInput(field, 'The name must be 1 to 100 characters long.');
  return trimmed;
}

export function validateSlug(slug: string, field: string): string {
  if (!slugPattern.test(slug)) {
    throw badInput(field, 'The slug must be 3 to 40 lowercase letters, digits or hyphens, and start with a letter.');
  }
  return slug;
}

export function validateFontScale(value: number, field: string): number {
  if (!Number.isFinite(value) || value < fontScaleRange.min || value > fontScaleRange.max) {
    throw badInput(field, `The font scale must be between ${fontScaleRange.min} and ${fontScaleRange.max}.`);
  }
  return value;
}

/** Returns the canonical form of a BCP 47 tag, e.g. `EN-gb` → `en-GB`. */
export function validateLocale(value: string, field: string): string {
  if (value.length === 0 || value.length > 100) throw badInput(field, 'Enter a valid BCP 47 language tag.');
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    if (!canonical) throw new RangeError('empty');
    return canonical;
  } catch {
    throw badInput(field, 'Enter a valid BCP 47 language tag.');
  }
}

/**
 * Returns the current IANA name of the zone chosen, e.g. `europe/berlin` → `Europe/Berlin`,
 * `Asia/Calcutta` → `Asia/Kolkata` (lib/time-zones.ts); offsets like `+01:00` are refused.
 */
export function validateTimeZone(value: string, field: string): string {
  const name = value.length > 0 && value.length <= 100 && !/^[+-]/.test(value) ? currentTimeZoneName(value) : null;
  if (!name) throw badInput(field, 'Enter a valid IANA time zone, such as Europe/Berlin.');
  return name;
}

/** Optional input fields may be omitted, but an explicit null would erase a required value. */
export function present<T>(value: T | null | undefined, field: string): value is T {
  if (value === undefined) return false;
  if (value === null) throw badInput(field, `${field} cannot be null.`);
  return true;
}
