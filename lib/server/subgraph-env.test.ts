import { ConfigError, parseConfig } from '../config';
import { subgraphDeclaration } from '../../subgraphs/declarations';
import { subgraphProcessEnv } from './subgraph-env';

const envOf = (name: Parameters<typeof subgraphDeclaration>[0]) => subgraphProcessEnv(subgraphDeclaration(name));

describe('the environment of a subgraph running alone', () => {
  it('defaults its port and host, the URLs of the subgraphs it calls, and the pool size', () => {
    const config = parseConfig(envOf('work-items'), { DATABASE_URL: 'postgresql://localhost/workgraph' });
    expect(config).toMatchObject({
      WORK_ITEMS_PORT: 4003,
      HOST: '127.0.0.1',
      PROJECTS_URL: 'http://127.0.0.1:4002/graphql',
      DATABASE_POOL_SIZE: 10,
    });
    expect(config).not.toHaveProperty('USERS_URL');
  });

  it('includes its own settings with their defaults', () => {
    const config = parseConfig(envOf('users'), { DATABASE_URL: 'postgresql://localhost/workgraph' });
    expect(config).toMatchObject({ USERS_PORT: 4001, ACCESS_TOKEN_TTL_SECONDS: 900, SPRINTS_URL: expect.any(String) });
  });

  it('requires DATABASE_URL and reports bad values by variable name', () => {
    expect(() => parseConfig(envOf('projects'), {})).toThrow(/DATABASE_URL/);
    try {
      parseConfig(envOf('projects'), { DATABASE_URL: 'mysql://x', PROJECTS_PORT: 'abc', USERS_URL: 'ftp://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues.join('\n');
      expect(issues).toMatch(/DATABASE_URL/);
      expect(issues).toMatch(/PROJECTS_PORT/);
      expect(issues).toMatch(/USERS_URL/);
    }
  });

  it('refuses the development secrets in production', () => {
    expect(() =>
      parseConfig(envOf('users'), { NODE_ENV: 'production', DATABASE_URL: 'postgresql://localhost/workgraph' }),
    ).toThrow(/JWT_SECRET/);
  });
});
