import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

const devSecret = (name: string) => `dev-only-${name}-change-me-in-production-0123456789`;

/** Variables every service reads. Secrets have development defaults that production refuses. */
export const commonEnv = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  SUBGRAPH_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').default(devSecret('signing')),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(devSecret('jwt')),
});

export const databaseEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  MIGRATE_ON_START: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true'),
});

export const redisEnv = z.object({
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  /** Prefix of every Redis key Workgraph writes, so several deployments (or test runs) can share one Redis. */
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1-64 letters, digits, or _ . : -')
    .default('workgraph:'),
});

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const httpUrl = z
  .string()
  .url('must be an http(s) URL')
  .regex(/^https?:\/\//, 'must be an http(s) URL');

/**
 * Parses the environment once at start-up. Every problem is reported with the variable's name;
 * production refuses the development secrets.
 */
export function parseConfig<T extends z.ZodTypeAny>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const config = result.data as Record<string, unknown>;
  if (config.NODE_ENV === 'production') {
    const insecure = ['SUBGRAPH_SIGNING_SECRET', 'JWT_SECRET'].filter(
      (name) => typeof config[name] === 'string' && (config[name] as string).startsWith('dev-only-'),
    );
    if (insecure.length) throw new ConfigError(insecure.map((name) => `${name}: must be set in production`));
  }
  return result.data;
}

/** parseConfig for a process entry point: a bad setting stops it with a message naming the variable. */
export function loadConfigOrExit<T extends z.ZodTypeAny>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  try {
    return parseConfig(schema, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
}
