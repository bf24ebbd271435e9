import { createLogger } from '../logger';
import { startPollLoop } from './poll-loop';

const logger = createLogger('test', 'silent');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a poll loop', () => {
  test('runs a round every interval after the previous one ended, and goes on after a failed round', async () => {
    let rounds = 0;
    const loop = startPollLoop({
      pollMs: 5,
      round: async () => {
        rounds += 1;
        if (rounds === 1) throw new Error('the first round fails');
      },
      logger,
      failure: 'round failed',
    });
    for (let waited = 0; rounds < 3 && waited < 5000; waited += 5) await wait(5);
    await loop.stop();
    expect(rounds).toBeGreaterThanOrEqual(3);
    const after = rounds;
    await wait(30);
    expect(rounds).toBe(after);
  });

  test('never runs by itself with an interval of 0', async () => {
    let rounds = 0;
    const loop = startPollLoop({ pollMs: 0, round: async () => void (rounds += 1), logger, failure: 'round failed' });
    await wait(30);
    await loop.stop();
    expect(rounds).toBe(0);
  });

  test('waits, when stopped, for the round in progress', async () => {
    let finished = false;
    const loop = startPollLoop({
      pollMs: 1,
      round: async () => {
        await wait(40);
        finished = true;
      },
      logger,
      failure: 'round failed',
    });
    await wait(10);
    await loop.stop();
    expect(finished).toBe(true);
  });
});
