import { z } from 'zod';
import { ConfigError, commonEnv, databaseEnv, parseConfig, port } from './config';

const schema = commonEnv.extend(databaseEnv.shape).extend({ PORT: port(4000) });

describe('configuration', () => {
  it('applies defaults for development', () => {
    const config = parseConfig(schema, {});
    expect(config).toMatchObject({ NODE_ENV: 'development', PORT: 4000, DATABASE_POOL_SIZE: 10 });
  });

  it('names every bad variable in one error', () => {
    expect(() => parseConfig(schema, { PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(
      expect.objectContaining({ issues: [expect.stringMatching(/^DATABASE_URL: /), expect.stringMatching(/^PORT: /)] }),
    );
  });

  it('refuses the development secrets in production', () => {
    expect(() => parseConfig(schema, { NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => parseConfig(schema, { NODE_ENV: 'production' })).toThrow(
      /SUBGRAPH_SIGNING_SECRET: must be set in production/,
    );
  });

  it('accepts production with real secrets', () => {
    const secret = 'x'.repeat(40);
    expect(
      parseConfig(schema, { NODE_ENV: 'production', SUBGRAPH_SIGNING_SECRET: secret, JWT_SECRET: secret }).NODE_ENV,
    ).toBe('production');
  });

  it('rejects a short secret with the reason', () => {
    expect(() => parseConfig(z.object({ JWT_SECRET: commonEnv.shape.JWT_SECRET }), { JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET: must be at least 32 characters/,
    );
  });
});
