import { AppError } from '../../../../lib/errors';
import { unlessGone } from './unless-gone';

describe('unlessGone', () => {
  it('answers NOT_FOUND naming the thing when the row a write expected was deleted meanwhile', async () => {
    const gone = Promise.reject(Object.assign(new Error('Record to update not found.'), { code: 'P2025' }));
    await expect(unlessGone(gone, 'Webhook endpoint')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Webhook endpoint'),
    });
  });

  it('passes every other failure on unchanged, and a success through', async () => {
    const broken = new Error('connection reset');
    await expect(unlessGone(Promise.reject(broken), 'Webhook endpoint')).rejects.toBe(broken);
    await expect(unlessGone(Promise.resolve(7), 'Webhook endpoint')).resolves.toBe(7);
  });

  it('is an AppError a client can read, not an internal one', async () => {
    const gone = Promise.reject(Object.assign(new Error('x'), { code: 'P2025' }));
    await expect(unlessGone(gone, 'Webhook delivery')).rejects.toBeInstanceOf(AppError);
  });
});
