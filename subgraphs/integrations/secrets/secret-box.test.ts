import { Webhook } from 'standardwebhooks';
import { createSecretBox, newWebhookSecret } from './secret-box';

describe('webhook secrets', () => {
  it('are sealed so that only a box of the same signing secret opens them', () => {
    const secret = newWebhookSecret();
    const sealed = createSecretBox('a'.repeat(32)).seal(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(createSecretBox('a'.repeat(32)).open(sealed)).toBe(secret);
    expect(() => createSecretBox('b'.repeat(32)).open(sealed)).toThrow();
  });

  it('seal the same secret differently each time', () => {
    const box = createSecretBox('a'.repeat(32));
    expect(box.seal('whsec_x')).not.toBe(box.seal('whsec_x'));
  });

  it('are new secrets of 32 random bytes that the standardwebhooks package accepts', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(() => new Webhook(secret)).not.toThrow();
  });
});
