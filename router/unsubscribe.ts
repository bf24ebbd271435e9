import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { RateLimiter } from './rate-limit';
import type { RouterContext } from './signed-data-source';
import { ErrorCode } from '../lib/errors';
import { emailOnlyNotificationTypes, notificationTopics, type NotificationType } from '../lib/notification-topics';
import { readBodyOrRefuse } from '../lib/server/http-utils';

// The one-click unsubscribe endpoint behind the links and List-Unsubscribe headers of notification
// emails. GET shows a confirmation page (mail scanners follow links: a GET changes nothing); POST,
// from that page's form or from a mail client's RFC 8058 one-click (`List-Unsubscribe=One-Click`),
// runs the `unsubscribeFromEmails` mutation through the router's own supergraph.

export const unsubscribePath = '/unsubscribe';

const maxBodyBytes = 8 * 1024;

const mutation = `mutation Unsubscribe($token: String!) { unsubscribeFromEmails(input: { token: $token }) { type } }`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${escapeHtml(title)} – Workgraph</title>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
${body}
    </main>
  </body>
</html>
`;
}

function send(res: http.ServerResponse, status: number, html: string, plain: boolean, text: string): void {
  res.writeHead(status, {
    'content-type': plain ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
  res.end(plain ? `${text}\n` : html);
}

/** Answers GET and POST on `/unsubscribe`; anything else is 405. */
export async function handleUnsubscribe(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: { apollo: ApolloServer<RouterContext>; rateLimiter: RateLimiter },
): Promise<void> {
  const decision = await options.rateLimiter.hit(`ip:${req.socket.remoteAddress ?? ''}`);
  if (!decision.allowed) {
    req.resume();
    res.setHeader('retry-after', Math.max(1, Math.ceil(decision.resetMs / 1000)));
    return send(
      res,
      429,
      page('Too many requests', '      <p>Please try again in a minute.</p>'),
      true,
      'Too many requests.',
    );
  }
  const queryToken = url.searchParams.get('token') ?? '';
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (!queryToken) {
      return send(
        res,
        400,
        page('Invalid unsubscribe link', '      <p>The link has no token. Use the link from the email as it is.</p>'),
        false,
        '',
      );
    }
    const form = `      <p>Confirm to stop getting emails of this kind. In-app notifications are not affected, and you can turn the emails back on in your notification preferences.</p>
      <form method="post" action="${unsubscribePath}">
        <input type="hidden" name="token" value="${escapeHtml(queryToken)}">
        <button type="submit">Stop these emails</button>
      </form>`;
    return send(res, 200, page('Stop these emails?', form), false, '');
  }
  if (req.method !== 'POST') {
    req.resume();
    res.setHeader('allow', 'GET, HEAD, POST');
    return send(
      res,
      405,
      page('Method not allowed', '      <p>Use the link from the email.</p>'),
      true,
      'Method not allowed.',
    );
  }

  const raw = await readBodyOrRefuse(req, res, maxBodyBytes, () =>
    send(res, 413, '', true, 'The request body is too large.'),
  );
  if (raw === null) return;
  const form = new URLSearchParams(raw);
  // RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the header's URL (token in the query).
  const oneClick = form.get('List-Unsubscribe') === 'One-Click';
  const token = form.get('token') || queryToken;
  if (!token) {
    return send(
      res,
      400,
      page('Invalid unsubscribe link', '      <p>The request has no token.</p>'),
      oneClick,
      'Missing token.',
    );
  }

  const response = await options.apollo.executeOperation(
    { query: mutation, variables: { token }, operationName: 'Unsubscribe' },
    { contextValue: { userId: null } },
  );
  const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
  const type = (result?.data as { unsubscribeFromEmails?: { type: string } } | null | undefined)?.unsubscribeFromEmails
    ?.type;
  if (type) {
    const topic = notificationTopics[type as NotificationType] ?? 'this kind of notification';
    return send(
      res,
      200,
      page(
        'You are unsubscribed',
        `      <p>You will no longer get emails about ${escapeHtml(topic)}.${
          emailOnlyNotificationTypes.has(type as NotificationType) ? '' : ' Your in-app notifications stay on.'
        }</p>`,
      ),
      oneClick,
      `Unsubscribed: no more emails about ${topic}.`,
    );
  }
  const badToken = result?.errors?.some((error) => error.extensions?.code === ErrorCode.BadUserInput);
  if (badToken) {
    return send(
      res,
      400,
      page(
        'Invalid unsubscribe link',
        '      <p>This link is invalid or incomplete. Use the link from the email as it is.</p>',
      ),
      oneClick,
      'Invalid unsubscribe token.',
    );
  }
  return send(
    res,
    503,
    page(
      'Please try again later',
      '      <p>We could not update your preferences right now. Please try again later.</p>',
    ),
    oneClick,
    'Could not unsubscribe right now; try again later.',
  );
}
