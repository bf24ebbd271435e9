import { eventStreams, type AnyEventEnvelope, type EventStream } from './envelope';
import type { DeadLetter, StreamEvent } from './bus';

/** A stream entry's fields, as Redis returns them (`[name, value, name, value, ...]`) or as a record. */
export type EntryFields = Record<string, string>;

/** Orders stream entry ids (`<ms>-<seq>`) as Redis does: negative when `a` comes first. */
export function compareEntryIds(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs - bMs || aSeq - bSeq;
}

export function fieldsOf(flat: unknown): EntryFields {
  const fields: EntryFields = {};
  if (!Array.isArray(flat)) return fields;
  for (let i = 0; i + 1 < flat.length; i += 2) fields[String(flat[i])] = String(flat[i + 1]);
  return fields;
}

export function flatFields(fields: EntryFields): string[] {
  return Object.entries(fields).flat();
}

export function isEventStream(value: string | undefined): value is EventStream {
  return (eventStreams as readonly string[]).includes(value ?? '');
}

export function publishedFields(envelope: AnyEventEnvelope): EntryFields {
  return { envelope: JSON.stringify(envelope), type: envelope.type };
}

/** An entry of an event stream, or of a group's replay stream (which names the original stream and entry). */
export function streamEventOf(stream: EventStream | null, entryId: string, fields: EntryFields): StreamEvent {
  const origin = stream ?? fields.stream;
  if (!isEventStream(origin)) throw new Error(`Entry ${entryId} names no known stream`);
  if (fields.envelope === undefined) throw new Error(`Entry ${entryId} has no envelope`);
  return {
    stream: origin,
    entryId: stream ? entryId : (fields.entryId ?? entryId),
    envelope: JSON.parse(fields.envelope) as AnyEventEnvelope,
  };
}

export function deadLetterFields(event: StreamEvent, error: string, attempts: number, failedAt: Date): EntryFields {
  return {
    envelope: JSON.stringify(event.envelope),
    stream: event.stream,
    entryId: event.entryId,
    error,
    attempts: String(attempts),
    failedAt: failedAt.toISOString(),
  };
}

export function deadLetterOf(group: string, id: string, fields: EntryFields): DeadLetter {
  const event = streamEventOf(null, id, fields);
  return {
    id,
    group,
    stream: event.stream,
    entryId: event.entryId,
    envelope: event.envelope,
    error: fields.error ?? '',
    attempts: Number(fields.attempts ?? 0),
    failedAt: fields.failedAt ?? '',
  };
}
