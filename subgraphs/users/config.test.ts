import { parseConfig } from '../../lib/config';
import { usersEnv } from './config';

describe('users configuration', () => {
  it('needs a database URL and defaults the port, host and token lifetime', () => {
    const config = parseConfig(usersEnv, { DATABASE_URL: 'postgresql://localhost/workgraph' });
    expect(config).toMatchObject({ USERS_PORT: 4001, HOST: '127.0.0.1', ACCESS_TOKEN_TTL_SECONDS: 900 });
    expect(() => parseConfig(usersEnv, {})).toThrow(/DATABASE_URL/);
  });

  it('refuses the development secrets in production', () => {
    expect(() =>
      parseConfig(usersEnv, { NODE_ENV: 'production', DATABASE_URL: 'postgresql://localhost/workgraph' }),
    ).toThrow(/JWT_SECRET/);
  });
});
