import { z } from 'zod';

/** A global ID (lib/ids.ts) as REST takes it: the service checks it is one, of the right type. */
export const globalId = (what: string) =>
  z.string().min(1).max(200).describe(`The ${what}'s ID (a global ID, as GraphQL gives it).`);

export const reference = z.object({ id: z.string() });
export const personReference = z.object({ id: z.string(), name: z.string() });

export const dateTime = z.string().describe('ISO 8601 date and time, UTC.');
export const date = z.string().describe('A day: YYYY-MM-DD.');
