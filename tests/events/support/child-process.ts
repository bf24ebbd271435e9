import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

export interface Child {
  process: ChildProcess;
  /** Resolves with the first stdout line starting with `prefix`. */
  line(prefix: string): Promise<string>;
  /** Resolves with the signal that ended it (or its exit code). */
  exited: Promise<NodeJS.Signals | number | null>;
  kill(): void;
}

/** Runs a TypeScript file the way the project runs its processes: `node --import tsx <script>`. */
export function startChild(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const waiting: { prefix: string; resolve: (line: string) => void }[] = [];
  const settle = () => {
    for (const line of output.split('\n').slice(0, -1)) {
      for (const waiter of [...waiting]) {
        if (line.startsWith(waiter.prefix)) {
          waiting.splice(waiting.indexOf(waiter), 1);
          waiter.resolve(line);
        }
      }
    }
  };
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    settle();
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  return {
    process: child,
    exited,
    line(prefix) {
      return new Promise((resolve, reject) => {
        waiting.push({ prefix, resolve });
        settle();
        void exited.then((how) => reject(new Error(`${script} exited (${how}) before printing ${prefix}`)));
      });
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
