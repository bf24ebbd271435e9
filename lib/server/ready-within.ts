/**
 * Waits for an optional dependency (Redis behind the rate limiter, the event streams, the nonce
 * store) at start-up without making it a hard one: true when it answered within `ms`.
 */
export async function readyWithin(ready: Promise<void>, ms = 3000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([ready.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
