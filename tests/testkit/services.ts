import { spawnSync } from 'node:child_process';

// Every machine of the project, and CI, runs Redis and has redis-server installed. A bare machine
// (Node only, as the README promises for `npm test`) has neither: the tests that need one are
// reported as skipped there, with the reason in their name, instead of failing.

const redisReachable = Boolean(process.env.WORKGRAPH_TEST_REDIS_URL);
const redisServerInstalled =
  process.env.WORKGRAPH_TEST_NO_REDIS !== '1' && spawnSync('redis-server', ['--version']).status === 0;

const when = <T extends jest.Describe | jest.It>(condition: boolean, run: T, reason: string): T =>
  (condition
    ? run
    : (name: string, ...rest: unknown[]) =>
        (run.skip as (...args: unknown[]) => void)(`${name} (${reason})`, ...rest)) as T;

/** For tests against the suite's Redis (REDIS_URL, else the machine's). */
export const describeWithRedis = when(redisReachable, describe, 'skipped: no Redis on this machine');
export const itWithRedis = when(redisReachable, it, 'skipped: no Redis on this machine');
/** For tests that start and restart a redis-server of their own. */
export const describeWithRedisServer = when(redisServerInstalled, describe, 'skipped: redis-server is not installed');
export const itWithRedisServer = when(redisServerInstalled, it, 'skipped: redis-server is not installed');
