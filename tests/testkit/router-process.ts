import { subgraphRegistry } from '../../subgraphs/registry';
import { startServiceProcess, type ServiceProcess, type ServiceProcessOptions } from './service-process';
import type { TestStack } from './stack';

/**
 * A router in its own process (as deployed: `npm run start:router`) in front of the stack's
 * subgraphs, sharing the stack's Redis and key prefix.
 */
export function startRouterProcess(
  stack: TestStack,
  env: Record<string, string> = {},
  options: ServiceProcessOptions = {},
): Promise<ServiceProcess> {
  if (!stack.redisUrl) throw new Error('A router process needs the stack to run on Redis.');
  const names = Object.fromEntries(subgraphRegistry.map((entry) => [entry.name, entry.urlEnv]));
  return startServiceProcess(
    ['router/main.ts'],
    {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      ROUTER_PORT: '0',
      SUBGRAPH_SIGNING_SECRET: stack.signingSecret,
      JWT_SECRET: stack.jwtSecret,
      REDIS_URL: stack.redisUrl,
      REDIS_KEY_PREFIX: stack.redisKeyPrefix,
      ...Object.fromEntries(Object.entries(stack.subgraphUrls).map(([name, url]) => [names[name], url])),
      ...env,
    },
    'router listening',
    options,
  );
}
