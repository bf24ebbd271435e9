import type { EntryFields } from './entries';

export interface MemoryEntry {
  id: string;
  ms: number;
  seq: number;
  fields: EntryFields;
}

interface PendingEntry {
  consumer: string;
  deliveries: number;
  deliveredAt: number;
}

interface MemoryGroup {
  lastMs: number;
  lastSeq: number;
  /** Keyed by entry id; claims walk it in id order. */
  pending: Map<string, PendingEntry>;
}

interface MemoryStream {
  entries: MemoryEntry[];
  lastMs: number;
  lastSeq: number;
  groups: Map<string, MemoryGroup>;
}

export class NoGroupError extends Error {
  constructor(key: string, group: string) {
    super(`NOGROUP no group ${group} on ${key}`);
  }
}

function parseId(id: string): [number, number] {
  const [ms, seq] = id.split('-');
  return [Number(ms), Number(seq ?? 0)];
}

function after(entry: MemoryEntry, ms: number, seq: number): boolean {
  return entry.ms > ms || (entry.ms === ms && entry.seq > seq);
}

/** Redis Streams in process: `<ms>-<seq>` ids, time trimming, consumer groups with pending lists. */
export class MemoryStreams {
  private readonly streams = new Map<string, MemoryStream>();
  private readonly listeners = new Set<(key: string, entry: MemoryEntry) => void>();

  constructor(private readonly now: () => number = Date.now) {}

  private stream(key: string): MemoryStream {
    let stream = this.streams.get(key);
    if (!stream) {
      stream = { entries: [], lastMs: 0, lastSeq: 0, groups: new Map() };
      this.streams.set(key, stream);
    }
    return stream;
  }

  private group(key: string, group: string): { stream: MemoryStream; state: MemoryGroup } {
    const stream = this.streams.get(key);
    const state = stream?.groups.get(group);
    if (!stream || !state) throw new NoGroupError(key, group);
    return { stream, state };
  }

  /** Appends an entry; entries older than `minMs` are trimmed first. */
  add(key: string, fields: EntryFields, minMs = 0): string {
    const stream = this.stream(key);
    const now = this.now();
    const ms = Math.max(now, stream.lastMs);
    const seq = ms === stream.lastMs ? stream.lastSeq + 1 : 0;
    stream.lastMs = ms;
    stream.lastSeq = seq;
    const entry: MemoryEntry = { id: `${ms}-${seq}`, ms, seq, fields };
    let expired = 0;
    while (expired < stream.entries.length && stream.entries[expired]!.ms < minMs) expired++;
    if (expired) stream.entries.splice(0, expired);
    stream.entries.push(entry);
    for (const listener of this.listeners) listener(key, entry);
    return entry.id;
  }

  range(key: string, count = Infinity): MemoryEntry[] {
    return (this.streams.get(key)?.entries ?? []).slice(0, count);
  }

  get(key: string, id: string): MemoryEntry | undefined {
    return this.streams.get(key)?.entries.find((entry) => entry.id === id);
  }

  delete(key: string, id: string): boolean {
    const entries = this.streams.get(key)?.entries;
    const index = entries?.findIndex((entry) => entry.id === id) ?? -1;
    if (index < 0) return false;
    entries!.splice(index, 1);
    return true;
  }

  /** Creates the group (and the stream) unless it exists; `now` starts after the last entry. */
  createGroup(key: string, group: string, startAt: 'beginning' | 'now'): void {
    const stream = this.stream(key);
    if (stream.groups.has(group)) return;
    const [lastMs, lastSeq] = startAt === 'now' ? [stream.lastMs, stream.lastSeq] : [0, 0];
    stream.groups.set(group, { lastMs, lastSeq, pending: new Map() });
  }

  /** New entries for the group (XREADGROUP ... '>'): each is delivered once and stays pending until acknowledged. */
  readGroup(key: string, group: string, consumer: string, count: number): MemoryEntry[] {
    const { stream, state } = this.group(key, group);
    const entries = stream.entries.filter((entry) => after(entry, state.lastMs, state.lastSeq)).slice(0, count);
    const last = entries[entries.length - 1];
    if (last) {
      state.lastMs = last.ms;
      state.lastSeq = last.seq;
    }
    for (const entry of entries) state.pending.set(entry.id, { consumer, deliveries: 1, deliveredAt: this.now() });
    return entries;
  }

  ack(key: string, group: string, id: string): boolean {
    return this.group(key, group).state.pending.delete(id);
  }

  /** XAUTOCLAIM: pending entries idle for `minIdleMs` move to `consumer`; trimmed ones leave the pending list. */
  claim(key: string, group: string, consumer: string, minIdleMs: number, count: number) {
    const { state } = this.group(key, group);
    const now = this.now();
    const claimed: { entry: MemoryEntry; deliveries: number }[] = [];
    const ids = [...state.pending.keys()].sort((a, b) => {
      const [am, as] = parseId(a);
      const [bm, bs] = parseId(b);
      return am - bm || as - bs;
    });
    for (const id of ids) {
      if (claimed.length >= count) break;
      const pending = state.pending.get(id)!;
      if (now - pending.deliveredAt < minIdleMs) continue;
      const entry = this.get(key, id);
      if (!entry) {
        state.pending.delete(id);
        continue;
      }
      pending.consumer = consumer;
      pending.deliveries++;
      pending.deliveredAt = now;
      claimed.push({ entry, deliveries: pending.deliveries });
    }
    return claimed;
  }

  /** XCLAIM ... JUSTID: takes the entry and resets its idle time without counting a delivery. */
  touch(key: string, group: string, consumer: string, id: string): void {
    const pending = this.group(key, group).state.pending.get(id);
    if (!pending) return;
    pending.consumer = consumer;
    pending.deliveredAt = this.now();
  }

  onAdd(listener: (key: string, entry: MemoryEntry) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
