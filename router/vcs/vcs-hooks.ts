import type http from 'node:http';
import { z } from 'zod';
import { ErrorCode } from '../../lib/errors';
import type { Logger } from '../../lib/logger';
import { readBodyOrRefuse } from '../../lib/server/http-utils';
import { createServiceClient, type ServiceClient } from '../../lib/server/service-client';
import { vcsDeliveryStatus, vcsForwardedHeaders, type VcsDeliveryOutcome } from '../../lib/vcs-hooks';
import { clientAddressOf } from '../client-address';
import type { RateLimiter } from '../rate-limit';
import { problem, sendProblem } from '../rest/problem';

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
  skippedKeys: z.array(z.string()),
  refused: z.array(z.object({ key: z.string(), reason: z.string() })),
});

const mutation = `mutation ($input: ReceiveVcsWebhookInput!) {
  receiveVcsWebhook(input: $input) { outcome message linked moved skippedKeys refused { key reason } }
}`;

export interface VcsHookOptions {
  signingSecret: string;
  /** The integrations subgraph's GraphQL URL. */
  integrationsUrl: string;
  /** The router's per-client budget: a host's deliveries count against its address, like anonymous GraphQL. */
  rateLimiter: RateLimiter;
  trustProxyHops: number;
  logger: Logger;
}

/** The refusals among the outcomes, with the code of the one error vocabulary each answers. */
const refusals: Partial<Record<VcsDeliveryOutcome, ErrorCode>> = {
  MALFORMED: ErrorCode.BadRequest,
  BAD_SIGNATURE: ErrorCode.Unauthenticated,
  UNKNOWN_CONNECTION: ErrorCode.NotFound,
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
    return sendProblem(res, problem(ErrorCode.BadRequest, 'Deliveries are POSTed.', { status: 405 }), {
      allow: 'POST',
    });
  }
  const decision = await options.rateLimiter.hit(`ip:${clientAddressOf(req, options.trustProxyHops)}`);
  res.setHeader('ratelimit-limit', decision.limit);
  res.setHeader('ratelimit-remaining', decision.remaining);
  res.setHeader('ratelimit-reset', Math.ceil(decision.resetMs / 1000));
  if (!decision.allowed) {
    req.resume();
    return sendProblem(res, problem(ErrorCode.TooManyRequests, 'Too many deliveries; the host retries later.'), {
      'retry-after': String(Math.max(1, Math.ceil(decision.resetMs / 1000))),
    });
  }
  const body = await readBodyOrRefuse(req, res, maxVcsHookBytes, () =>
    sendProblem(res, problem(ErrorCode.BadRequest, `A delivery is at most ${maxVcsHookBytes} bytes.`, { status: 413 })),
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
    return sendProblem(
      res,
      problem(ErrorCode.ServiceUnavailable, 'The delivery could not be handled now; redeliver it later.'),
    );
  }
  if (answer.skippedKeys.length || answer.refused.length) {
    // Applied in part: the host's delivery log shows the answer, this log shows it to operators.
    options.logger.info('vcs delivery applied in part', {
      connectionId,
      skippedKeys: answer.skippedKeys.length,
      refused: answer.refused,
    });
  }
  const status = vcsDeliveryStatus[answer.outcome];
  const refusal = refusals[answer.outcome];
  if (refusal) return sendProblem(res, problem(refusal, answer.message, { status }));
  const json = JSON.stringify(answer);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}
