/**
 * How long a client's own timeout (ioredis `commandTimeout`) waits before it gives up on a command
 * that `answerWithin` already stopped waiting for: only so a Redis that never answers cannot keep
 * commands in memory for ever.
 */
export const backstopTimeoutMs = 10_000;

/** The error a command that did not answer in time rejects with. */
export class AnswerTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'AnswerTimeoutError';
  }
}

/**
 * Waits at most `ms` for `answer`. When the time is up the verdict waits one more turn of the event
 * loop: `setImmediate` runs after the I/O that arrived meanwhile has been read, so an answer that
 * came while this process was busy (a long GC or a CPU-starved machine) is used instead of being
 * taken for an outage. A plain timer, such as ioredis's `commandTimeout`, fires before that I/O is
 * read and fails a command whose answer is already waiting in the socket.
 */
export function answerWithin<T>(answer: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(
      () =>
        setImmediate(() => {
          if (settled) return;
          settled = true;
          reject(new AnswerTimeoutError(ms));
        }),
      ms,
    );
    answer.then(
      (value) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        reject(error);
      },
    );
  });
}
