import { createMemoryIdempotencyStore } from './memory-store';

const response = { status: 201, headers: { location: '/x' }, body: '{"id":1}' };

describe('the in-process idempotency store', () => {
  it('runs a key once, refuses it while in flight or with another request, and replays the answer', async () => {
    const store = createMemoryIdempotencyStore();
    expect(await store.claim('k', 'f1')).toEqual({ kind: 'run' });
    expect(await store.claim('k', 'f1')).toEqual({ kind: 'in-flight' });
    expect(await store.claim('k', 'f2')).toEqual({ kind: 'mismatch' });
    await store.complete('k', 'f1', response);
    expect(await store.claim('k', 'f1')).toEqual({ kind: 'replay', response });
    expect(await store.claim('k', 'f2')).toEqual({ kind: 'mismatch' });
  });

  it('forgets answers after the retention, frees keys left in flight, and runs a released key again', async () => {
    let now = 0;
    const store = createMemoryIdempotencyStore({ retentionMs: 1000, inFlightMs: 100 }, () => now);
    await store.claim('a', 'f');
    now = 150;
    expect(await store.claim('a', 'f')).toEqual({ kind: 'run' });
    await store.complete('a', 'f', response);
    now = 1100;
    expect(await store.claim('a', 'f')).toEqual({ kind: 'replay', response });
    now = 1200;
    expect(await store.claim('a', 'f')).toEqual({ kind: 'run' });
    await store.release('a');
    expect(await store.claim('a', 'f')).toEqual({ kind: 'run' });
  });

  it('holds at most maxKeys, dropping the oldest', async () => {
    const store = createMemoryIdempotencyStore({ maxKeys: 2 });
    for (const key of ['a', 'b', 'c']) {
      await store.claim(key, 'f');
      await store.complete(key, 'f', response);
    }
    expect(await store.claim('a', 'f')).toEqual({ kind: 'run' });
    expect(await store.claim('c', 'f')).toMatchObject({ kind: 'replay' });
  });
});
