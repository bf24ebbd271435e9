/**
 * Calls in flight by key: a caller asking for a key already in flight awaits that call instead of
 * making its own. Nothing outlives the call: the key is forgotten as soon as it settles, answer or
 * failure, so this never serves a stored answer.
 */
export class InFlightCalls<T> {
  private readonly calls = new Map<string, Promise<T>>();

  /** The call in flight for `key`, else `run()`'s, which later callers of the key then share. */
  share(key: string, run: () => Promise<T>): Promise<T> {
    const inFlight = this.calls.get(key);
    if (inFlight) return inFlight;
    const result = run().finally(() => this.calls.delete(key));
    this.calls.set(key, result);
    return result;
  }

  get size(): number {
    return this.calls.size;
  }
}
