import { sign } from '@octokit/webhooks-methods';
import { deliveryMetaOf, verifyDelivery } from './signatures';

describe('delivery verification', () => {
  const body = JSON.stringify({ zen: 'Keep it logically awesome.' });

  it('accepts a GitHub delivery signed with the secret and refuses another signature or none', async () => {
    const signature = await sign('s3cret', body);
    await expect(verifyDelivery('GITHUB', 's3cret', { 'x-hub-signature-256': signature }, body)).resolves.toBe(true);
    await expect(verifyDelivery('GITHUB', 'other', { 'x-hub-signature-256': signature }, body)).resolves.toBe(false);
    await expect(verifyDelivery('GITHUB', 's3cret', { 'x-hub-signature-256': signature }, `${body} `)).resolves.toBe(
      false,
    );
    await expect(verifyDelivery('GITHUB', 's3cret', {}, body)).resolves.toBe(false);
    await expect(verifyDelivery('GITHUB', 's3cret', { 'x-hub-signature-256': 'sha256=00' }, body)).resolves.toBe(false);
  });

  it('accepts a GitLab delivery carrying the secret as its token and refuses any other token', async () => {
    await expect(verifyDelivery('GITLAB', 's3cret', { 'x-gitlab-token': 's3cret' }, body)).resolves.toBe(true);
    await expect(verifyDelivery('GITLAB', 's3cret', { 'x-gitlab-token': 's3cre' }, body)).resolves.toBe(false);
    await expect(verifyDelivery('GITLAB', 's3cret', {}, body)).resolves.toBe(false);
  });

  it('reads the event and delivery id from each host’s headers', () => {
    expect(deliveryMetaOf('GITHUB', { 'x-github-event': 'push', 'x-github-delivery': 'd1' })).toEqual({
      event: 'push',
      deliveryId: 'd1',
    });
    expect(deliveryMetaOf('GITLAB', { 'x-gitlab-event': 'Push Hook' })).toEqual({
      event: 'Push Hook',
      deliveryId: null,
    });
  });
});
