import { AppError } from '../../../lib/errors';
import { endpointUrl } from './endpoint-url';

const refusal = (text: string, allowed: string[] = []) => {
  try {
    endpointUrl(text, allowed, 'input.url');
  } catch (error) {
    return error instanceof AppError ? { code: error.code, field: error.details.field } : error;
  }
  return null;
};

describe('webhook URLs', () => {
  it('are absolute https URLs, kept without their fragment', () => {
    expect(endpointUrl(' https://hooks.example.com/in?x=1#frag ', [], 'input.url')).toBe(
      'https://hooks.example.com/in?x=1',
    );
  });

  it('refuse http, other schemes, credentials and nonsense, naming the field', () => {
    for (const bad of [
      'http://hooks.example.com/in',
      'ftp://hooks.example.com/in',
      'https://user:pass@hooks.example.com/in',
      'https://token@hooks.example.com/in',
      'not a url',
      `https://example.com/${'a'.repeat(2001)}`,
    ]) {
      expect(refusal(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.url' });
    }
  });

  it('allow http for the hosts of the allow-list only', () => {
    expect(endpointUrl('http://127.0.0.1:8080/hook', ['127.0.0.1'], 'input.url')).toBe('http://127.0.0.1:8080/hook');
    expect(endpointUrl('http://[::1]:8080/hook', ['::1'], 'input.url')).toBe('http://[::1]:8080/hook');
    expect(refusal('http://localhost:8080/hook', ['127.0.0.1'])).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.url',
    });
  });
});
