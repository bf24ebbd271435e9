import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret } from '../secrets/secret-box';
import { messageIdOf, signedHeaders } from './signature-headers';

describe('signature headers', () => {
  const body = JSON.stringify({ type: 'ping', timestamp: '2026-03-01T00:00:00.000Z', data: {} });

  it('verify with the standardwebhooks package, one signature per secret', () => {
    const [oldSecret, newSecret, other] = [newWebhookSecret(), newWebhookSecret(), newWebhookSecret()];
    const { headers } = signedHeaders({
      messageId: messageIdOf('0b7c4b38-6f2f-4f55-9a43-6a4a2f6d2f10'),
      timestamp: new Date(),
      body,
      secrets: [newSecret, oldSecret],
    });
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(oldSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(new Webhook(newSecret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(other).verify(body, headers)).toThrow('No matching signature found');
  });

  it('are the base64 HMAC-SHA256 of id.timestamp.body under the decoded secret', () => {
    const secret = newWebhookSecret();
    const timestamp = new Date('2026-03-01T00:00:09.999Z');
    const { headers } = signedHeaders({ messageId: 'msg_1', timestamp, body, secrets: [secret] });
    const expected = createHmac('sha256', Buffer.from(secret.slice('whsec_'.length), 'base64'))
      .update(`msg_1.1772323209.${body}`)
      .digest('base64');
    expect(headers['webhook-timestamp']).toBe('1772323209');
    expect(headers['webhook-signature']).toBe(`v1,${expected}`);
  });

  it('name Workgraph, carry JSON, and mask the signatures in the log', () => {
    const { headers, loggedHeaders } = signedHeaders({
      messageId: 'msg_1',
      timestamp: new Date(),
      body,
      secrets: [newWebhookSecret(), newWebhookSecret()],
    });
    expect(headers['content-type']).toBe('application/json');
    expect(headers['user-agent']).toMatch(/Workgraph/);
    expect(loggedHeaders['webhook-signature']).toBe('v1,… v1,…');
    expect(loggedHeaders['webhook-id']).toBe('msg_1');
  });
});
