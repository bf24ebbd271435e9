import { spawn } from 'node:child_process';
import path from 'node:path';
import { crashExitCode } from '../../lib/server/shutdown';

const root = path.resolve(__dirname, '../..');

function runCrashingService(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/start/fixtures/crashing-service.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('A service process that meets a bug it did not catch', () => {
  it.each([['exception'], ['rejection']])(
    'logs the %s with its stack, stops cleanly and exits non-zero for its supervisor',
    async (kind) => {
      const { code, output } = await runCrashingService([kind]);
      expect(code).toBe(crashExitCode);
      const lines = output
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const crash = lines.find(
        (line) => line.message === 'crashed: stopping and exiting for the supervisor to restart',
      );
      expect(crash).toMatchObject({ level: 'error', exitCode: crashExitCode });
      expect(String(crash?.error)).toMatch(/a bug escaped a listener|a promise nobody awaited failed/);
      expect(String(crash?.error)).toContain('crashing-service.ts');
      expect(lines.map((line) => line.message)).toContain('stop ran');
    },
  );

  it('exits even when stopping hangs', async () => {
    const { code, output } = await runCrashingService(['exception', '--hang-on-stop']);
    expect(code).toBe(crashExitCode);
    expect(output).toContain('stop ran');
  });
});
