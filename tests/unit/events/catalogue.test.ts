import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eventStreams, eventVersions, streamOf, type EventType } from '../../../lib/events/envelope';

// docs/events.md is the catalogue other services read: every event type has a row in one of its
// tables (its first cell), and every stream is named where the streams and outboxes are listed.
const catalogue = readFileSync(path.resolve(__dirname, '../../../docs/events.md'), 'utf8');
const documentedTypes = new Set([...catalogue.matchAll(/^\| `([a-z_]+\.[a-z_]+)` +\|/gm)].map((match) => match[1]));

describe('the event catalogue (docs/events.md)', () => {
  it('has a row for every event type of lib/events/envelope.ts', () => {
    const types = Object.keys(eventVersions) as EventType[];
    expect(types.filter((type) => !documentedTypes.has(type))).toEqual([]);
  });

  it('names no event type that does not exist', () => {
    expect([...documentedTypes].filter((type) => !(type! in eventVersions))).toEqual([]);
  });

  it('names every stream an event travels on, with its Redis key and its outbox', () => {
    const streams = new Set((Object.keys(eventVersions) as EventType[]).map(streamOf));
    for (const stream of streams) expect(eventStreams).toContain(stream);
    const missing = [...streams].filter(
      (stream) => !catalogue.includes(`:${stream}`) || !catalogue.includes(`\`${stream.replace(/-/g, '_')}.outbox\``),
    );
    expect(missing).toEqual([]);
  });
});
