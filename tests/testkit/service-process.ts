import { spawn } from 'node:child_process';
import path from 'node:path';

export interface ServiceProcess {
  /** The URL from the service's "… listening" log line. */
  url: string;
  /** The process id, for signals of a test's own (SIGSTOP makes a service that accepts and never answers). */
  pid: number;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Everything the service logged so far. */
  output(): string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
  /**
   * Live memory after two full collections, for a process started with `probeMemory`
   * (`bench/memory-probe.cjs` answers over IPC).
   */
  memory(): Promise<NodeJS.MemoryUsage>;
}

export interface ServiceProcessOptions {
  /** Preloads the memory probe, with `--expose-gc` and an IPC channel. */
  probeMemory?: boolean;
}

const root = path.resolve(__dirname, '../..');

/**
 * Runs `node --import tsx <args>` from the repository root, as the npm scripts do, and resolves
 * once it logs `message` with its URL (JSON log lines on stderr).
 */
export async function startServiceProcess(
  args: string[],
  env: NodeJS.ProcessEnv,
  message: string,
  options: ServiceProcessOptions = {},
): Promise<ServiceProcess> {
  const probe = options.probeMemory ? ['--expose-gc', '--require', path.join(root, 'bench/memory-probe.cjs')] : [];
  const child = spawn(process.execPath, [...probe, '--import', 'tsx', ...args], {
    cwd: root,
    env,
    stdio: options.probeMemory ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  const listening = new RegExp(`"message":"${message}","url":"([^"]+)"`);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = listening.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    exited,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    memory: () => {
      if (!options.probeMemory) return Promise.reject(new Error('Start the process with probeMemory.'));
      return new Promise((resolve) => {
        child.once('message', (usage) => resolve(usage as NodeJS.MemoryUsage));
        child.send('memory');
      });
    },
  };
}
