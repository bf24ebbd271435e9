import type http from 'node:http';
import { z } from 'zod';
import type { Logger } from '../../lib/logger';
import { readBodyOrRefuse } from '../../lib/server/http-utils';
import { createServiceClient, type ServiceClient } from '../../lib/server/service-client';
import { vcsDeliveryStatus, vcsForwardedHeaders, type VcsDeliveryOutcome } from '../../lib/vcs-hooks';

// Inbound webhooks of connected repository hosts: public (the signature is the credential), no CORS
// (hosts are servers), forwarded to the integrations service as a signed service call.

export const vcsHookPattern = /^\/hooks\/vcs\/([A-Za-z0-9_-]{1,200})$/;

/** GitHub caps payloads at 25 MB but drops larger pushes' commit lists; 5 MiB covers real deliveries. */
export const maxVcsHookBytes = 5 * 1024 * 1024;

const Answer = z.object({
  outcome: z.enum(Object.keys(vcsDeliveryStatus) as [VcsDeliveryOutcome, ...VcsDeliveryOutcome[]]),
  message: z.string(),
  linked: z.number().int(),
  moved: z.number().int(),
});

const mutation = `mutation ($input: ReceiveVcsWebhookInput!) {
  receiveVcsWebhook(input: $input) { outcome message linked moved }
}`;

/** RFC 9457 problem details: what went wrong, in a sentence, nothing of the internals. */
function sendProblem(res: http.ServerResponse, status: number, title: string, detail: string) {
  const body = JSON.stringify({ type: 'about:blank', title, status, detail });
  res.writeHead(status, { 'content-type': 'application/problem+json', 'cache-control': 'no-store' });
  res.end(body);
}

export interface VcsHookOptions {
  signingSecret: string;
  /** The integrations subgraph's GraphQL URL. */
  integrationsUrl: string;
  logger: Logger;
}

const titles: Partial<Record<VcsDeliveryOutcome, string>> = {
  MALFORMED: 'Bad request',
  BAD_SIGNATURE: 'Unauthorized',
  UNKNOWN_CONNECTION: 'Not found',
};

/** The handler of `POST /hooks/vcs/<connection global id>`, with its signed client of the integrations service. */
export function createVcsHookHandler(options: VcsHookOptions) {
  const client = createServiceClient({
    url: options.integrationsUrl,
    signingSecret: options.signingSecret,
    caller: 'router',
  });
  return (req: http.IncomingMessage, res: http.ServerResponse, url: URL) =>
    handleVcsHook(req, res, url, options, client);
}

/** One delivery: the verdict as the integrations service gives it. */
async function handleVcsHook(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: VcsHookOptions,
  client: ServiceClient,
): Promise<void> {
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('allow', 'POST');
    return sendProblem(res, 405, 'Method not allowed', 'Deliveries are POSTed.');
  }
  const body = await readBodyOrRefuse(req, res, maxVcsHookBytes, () =>
    sendProblem(res, 413, 'Payload too large', `A delivery is at most ${maxVcsHookBytes} bytes.`),
  );
  if (body === null) return;
  const headers = vcsForwardedHeaders.flatMap((name) => {
    const value = req.headers[name];
    return typeof value === 'string' ? [{ name, value }] : [];
  });
  const connectionId = vcsHookPattern.exec(url.pathname)![1]!;
  let answer: z.infer<typeof Answer>;
  try {
    const data = await client.query<{ receiveVcsWebhook: unknown }>(mutation, {
      input: { connectionId, headers, body },
    });
    answer = Answer.parse(data.receiveVcsWebhook);
  } catch (error) {
    options.logger.error('vcs webhook failed', { error: String(error) });
    return sendProblem(res, 503, 'Service unavailable', 'The delivery could not be handled now; redeliver it later.');
  }
  const status = vcsDeliveryStatus[answer.outcome];
  const title = titles[answer.outcome];
  if (title) return sendProblem(res, status, title, answer.message);
  const json = JSON.stringify(answer);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}
