import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { subgraphRegistry } from '../../subgraphs/registry';
import type { TestStack } from './stack';

export interface RouterProcess {
  url: string;
  stop(): Promise<void>;
}

const root = path.resolve(__dirname, '../..');

/**
 * A router in its own process (as deployed: `npm run start:router`) in front of the stack's
 * subgraphs, sharing the stack's Redis and key prefix.
 */
export async function startRouterProcess(stack: TestStack, env: Record<string, string> = {}): Promise<RouterProcess> {
  if (!stack.redisUrl) throw new Error('A router process needs the stack to run on Redis.');
  const names = Object.fromEntries(subgraphRegistry.map((entry) => [entry.name, entry.urlEnv]));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'router/main.ts'], {
    cwd: root,
    env: {
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
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The router did not start:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"message":"router listening","url":"([^"]+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The router exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
