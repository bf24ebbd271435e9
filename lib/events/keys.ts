import type { EventStream } from './envelope';

/** Every Redis key the bus writes, under one prefix (default `workgraph:`). */
export interface EventKeys {
  stream(stream: EventStream): string;
  published(eventId: string): string;
  dead(group: string): string;
  replay(group: string): string;
}

export function eventKeys(prefix: string): EventKeys {
  return {
    stream: (stream) => `${prefix}events:${stream}`,
    published: (eventId) => `${prefix}events:published:${eventId}`,
    dead: (group) => `${prefix}events:dead:${group}`,
    replay: (group) => `${prefix}events:replay:${group}`,
  };
}
