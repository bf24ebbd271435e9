import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { subgraphRegistry } from '../../subgraphs/registry';

export const root = path.resolve(__dirname, '../..');

export interface StartedSupergraph {
  child: ChildProcess;
  routerUrl: string;
  exited: Promise<number | null>;
  /** Everything it printed, shown when it does not stop cleanly. */
  output(): string;
}

/** Runs `command args` (scripts/start.ts, as `npm start` does) from the repository root with every service on a free port and without REDIS_URL. */
export function spawnSupergraphCommand(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const fullEnv: NodeJS.ProcessEnv = {
    ...env,
    ROUTER_PORT: '0',
    ...Object.fromEntries(subgraphRegistry.map((entry) => [entry.portEnv, '0'])),
    LOG_LEVEL: 'warn',
  };
  delete fullEnv.REDIS_URL;
  return spawn(command, args, { cwd: root, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** As spawnSupergraphCommand, resolving once it prints the router's URL. */
export function startSupergraphCommand(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<StartedSupergraph> {
  const child = spawnSupergraphCommand(command, args, env);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Router \(GraphQL \+ Sandbox\): (\S+)/.exec(output);
      if (match?.[1]) resolve({ child, routerUrl: match[1], exited, output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
}
