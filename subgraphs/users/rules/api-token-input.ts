import { z } from 'zod';
import { badInput } from '../../../lib/errors';
import { apiScopes, isApiScope } from '../../../lib/auth/api-scopes';

const dayMs = 24 * 60 * 60 * 1000;
export const defaultApiTokenLifetimeMs = 90 * dayMs;
export const maxApiTokenLifetimeMs = 365 * dayMs;
export const maxApiTokenNameLength = 100;

const catalogueOrder = new Map(apiScopes.map((scope, index) => [scope.name, index]));

function tokenInput(now: Date) {
  return z.object({
    // Code points, so an emoji counts as one character, as a person counts it.
    name: z
      .string()
      .trim()
      .refine((name) => [...name].length >= 1 && [...name].length <= maxApiTokenNameLength, {
        message: `The name must be 1 to ${maxApiTokenNameLength} characters long.`,
      }),
    scopes: z
      .array(z.string().refine(isApiScope, { message: 'Not a scope: apiTokenScopes lists them.' }))
      .min(1, { message: 'Give the token at least one scope.' })
      .max(apiScopes.length, { message: `At most ${apiScopes.length} scopes.` })
      .transform((scopes) => [...new Set(scopes)].sort((a, b) => catalogueOrder.get(a)! - catalogueOrder.get(b)!)),
    expiresAt: z
      .date()
      .nullish()
      .transform((date) => date ?? new Date(now.getTime() + defaultApiTokenLifetimeMs))
      .refine((date) => date.getTime() > now.getTime(), { message: 'The expiry must be in the future.' })
      .refine((date) => date.getTime() <= now.getTime() + maxApiTokenLifetimeMs, {
        message: 'A token lives at most a year: choose an expiry within 365 days.',
      }),
  });
}

export type ApiTokenInput = z.output<ReturnType<typeof tokenInput>>;

/** `createApiToken`'s input, checked: the first problem is BAD_USER_INPUT naming its field (`input.scopes[1]`). */
export function parseApiTokenInput(
  input: { name: string; scopes: readonly string[]; expiresAt?: Date | null },
  now: Date,
): ApiTokenInput {
  const parsed = tokenInput(now).safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  throw badInput(`input${path}`, issue.message);
}
