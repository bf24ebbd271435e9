import { createSourceEventStream, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

/** One answer to one event, and whether the subscribers it was not computed for may receive it too. */
export interface ComputedResult {
  result: ExecutionResult;
  /** Whom it was resolved as. */
  userId: string;
  /**
   * False when the answer may be this subscriber's alone: an object came back missing or forbidden
   * (deleted, or this subscriber lost access), or the execution failed. Others then resolve their own.
   */
  shareable: boolean;
}

/**
 * Subscriptions that would receive the same answer to an event share one execution: same operation,
 * variables and topic, and either the same subscriber or no caller-dependent field selected (every
 * subscriber of a project topic can read the project, which is what decides the rest).
 */
export function sharingKey(options: {
  topic: string;
  userId: string;
  personal: boolean;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Readonly<Record<string, unknown>> | null;
}): string {
  const audience = options.personal ? `user:${options.userId}` : 'readers';
  const { topic, document, operationName, variableValues } = options;
  return `${topic}\n${audience}\n${documentId(document)}\n${operationName ?? ''}\n${JSON.stringify(variableValues ?? {})}`;
}

// The document cache hands out one DocumentNode per query text, so its identity names the text.
const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 0;
function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
}

/**
 * Answers to events by sharing key. The first subscription of a group to receive an event computes
 * the answer as its own subscriber; the others of the group take it. Entries live as long as the
 * event object the hub dispatched.
 */
export class SharedResults {
  private readonly byEvent = new WeakMap<object, Map<string, Promise<ComputedResult>>>();
  private computed = 0;

  /** How many answers were computed, shared or not (for tests and benchmarks). */
  get executions(): number {
    return this.computed;
  }

  resultFor(
    event: object,
    key: string,
    userId: string,
    compute: () => Promise<ComputedResult>,
  ): Promise<ExecutionResult> {
    const counted = () => {
      this.computed += 1;
      return compute();
    };
    let groups = this.byEvent.get(event);
    if (!groups) this.byEvent.set(event, (groups = new Map()));
    let shared = groups.get(key);
    if (!shared) groups.set(key, (shared = counted()));
    return shared.then((answer) =>
      answer.shareable || answer.userId === userId ? answer.result : counted().then((own) => own.result),
    );
  }
}

/** A stream item that ends the subscription there (the client gets `complete`), after what came before it. */
export const endOfStream = Symbol('endOfStream');

/** What a subscription's stream yields per event: its answer, null when the event is not for this subscriber, or the end. */
export type StreamItem = ExecutionResult | null | typeof endOfStream;

/**
 * graphql-ws's `subscribe` for streams whose items are answers already being computed (see
 * SharedResults): the root field's `subscribe` runs as usual, and each item is awaited instead of
 * executed again for this subscriber.
 */
export async function subscribeToResults(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const items = source as AsyncIterableIterator<Promise<StreamItem>>;
  const results: AsyncIterableIterator<ExecutionResult> = {
    next: async () => {
      for (;;) {
        const item = await items.next();
        if (item.done) return item;
        const value = await item.value;
        if (value === endOfStream) {
          await items.return?.();
          return { done: true, value: undefined };
        }
        if (value) return { done: false, value };
      }
    },
    return: async () => {
      await items.return?.();
      return { done: true, value: undefined };
    },
    throw: async (error: unknown) => {
      await items.throw?.(error);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]: () => results,
  };
  return results;
}
