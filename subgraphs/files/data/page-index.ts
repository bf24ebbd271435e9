import { z } from 'zod';

/** The request a row of a batched page belongs to: `req.idx::int`, counting from 1. */
export const PageIndex = { idx: z.number().int() };
