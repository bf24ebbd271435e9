import { ConfigError, parseConfig } from '../../lib/config';
import { projectsEnv } from './config';

describe('projects configuration', () => {
  test('applies defaults for the port, host and users URL', () => {
    const config = parseConfig(projectsEnv, { DATABASE_URL: 'postgresql://localhost/workgraph' });
    expect(config).toMatchObject({
      PROJECTS_PORT: 4002,
      HOST: '127.0.0.1',
      USERS_URL: 'http://127.0.0.1:4001/graphql',
      DATABASE_POOL_SIZE: 10,
    });
  });

  test('requires DATABASE_URL and reports bad values by variable name', () => {
    expect(() => parseConfig(projectsEnv, {})).toThrow(/DATABASE_URL/);
    try {
      parseConfig(projectsEnv, { DATABASE_URL: 'mysql://x', PROJECTS_PORT: 'abc', USERS_URL: 'ftp://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues.join('\n');
      expect(issues).toMatch(/DATABASE_URL/);
      expect(issues).toMatch(/PROJECTS_PORT/);
      expect(issues).toMatch(/USERS_URL/);
    }
  });
});
