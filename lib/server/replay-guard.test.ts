import { randomBytes } from 'node:crypto';
import { createMemoryReplayGuard, rememberMs } from './replay-guard';

const nonce = () => randomBytes(16).toString('hex');

describe('the in-memory replay guard', () => {
  it('accepts a nonce once and refuses it for as long as its signature could be fresh', async () => {
    let time = 1_000_000_000;
    const guard = createMemoryReplayGuard(() => time);
    const seen = nonce();
    expect(await guard.firstUse(seen)).toBe(true);
    expect(await guard.firstUse(seen)).toBe(false);
    time += rememberMs - 1;
    expect(await guard.firstUse(seen)).toBe(false);
    expect(await guard.firstUse(nonce())).toBe(true);
  });

  it('forgets nonces once no signature carrying them can be fresh', async () => {
    let time = 1_000_000_000;
    const guard = createMemoryReplayGuard(() => time);
    const old = nonce();
    await guard.firstUse(old);
    time += 2 * rememberMs + 1;
    expect(await guard.firstUse(old)).toBe(true);
  });
});
