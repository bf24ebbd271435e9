import { ConfigError, parseConfig } from '../../lib/config';
import { workItemsEnv } from './config';

describe('work-items configuration', () => {
  test('applies defaults for the port, host and projects URL', () => {
    const config = parseConfig(workItemsEnv, { DATABASE_URL: 'postgresql://localhost/workgraph' });
    expect(config).toMatchObject({
      WORK_ITEMS_PORT: 4003,
      HOST: '127.0.0.1',
      PROJECTS_URL: 'http://127.0.0.1:4002/graphql',
      DATABASE_POOL_SIZE: 10,
    });
  });

  test('requires DATABASE_URL and reports bad values by variable name', () => {
    expect(() => parseConfig(workItemsEnv, {})).toThrow(/DATABASE_URL/);
    try {
      parseConfig(workItemsEnv, { DATABASE_URL: 'mysql://x', WORK_ITEMS_PORT: 'abc', PROJECTS_URL: 'ftp://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const issues = (error as ConfigError).issues.join('\n');
      expect(issues).toMatch(/DATABASE_URL/);
      expect(issues).toMatch(/WORK_ITEMS_PORT/);
      expect(issues).toMatch(/PROJECTS_URL/);
    }
  });
});
