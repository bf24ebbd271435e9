import type { EventStream } from '../../lib/events/envelope';

/** How far a subscriber has received each stream of its subscription, by stream entry id. */
export type StreamPositions = Partial<Record<EventStream, string>>;

const entryIdPattern = /^\d{1,16}-\d{1,16}$/;

/**
 * The opaque `cursor` of an event: the position in each of the subscription's streams up to which
 * every event has been delivered to the subscriber, this one included.
 */
export function encodeCursor(positions: StreamPositions, streams: readonly EventStream[]): string {
  return Buffer.from(streams.map((stream) => positions[stream] ?? '0-0').join(','), 'utf8').toString('base64url');
}

/** The positions a cursor names, or null when it is not a cursor of a subscription to these streams. */
export function decodeCursor(cursor: string, streams: readonly EventStream[]): StreamPositions | null {
  const ids = Buffer.from(cursor, 'base64url').toString('utf8').split(',');
  if (ids.length !== streams.length || !ids.every((id) => entryIdPattern.test(id))) return null;
  return Object.fromEntries(streams.map((stream, index) => [stream, ids[index]!]));
}

/**
 * The time (ms since the epoch) of the oldest position: events after it must all still be kept. A
 * stream at `0-0` had no event when the router began reading it and none reached the subscriber
 * since, so every event of it is newer than the others' positions: it does not count.
 */
export function oldestPositionMs(positions: StreamPositions): number {
  const times = Object.values(positions)
    .filter((id) => id !== '0-0')
    .map((id) => Number(id.split('-')[0]));
  return times.length ? Math.min(...times) : Date.now();
}
