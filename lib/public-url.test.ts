import { defaultPublicUrl } from './public-url';

describe('the default public URL', () => {
  it.each([
    ['127.0.0.1', 4000, 'http://localhost:4000'],
    ['0.0.0.0', 8080, 'http://localhost:8080'],
    ['::', 4100, 'http://localhost:4100'],
    ['workgraph.internal', 4000, 'http://workgraph.internal:4000'],
    ['10.0.0.7', 80, 'http://10.0.0.7'],
    ['fd00::7', 4000, 'http://[fd00::7]:4000'],
  ])('for a router on %s port %d is %s', (host, port, url) => {
    expect(defaultPublicUrl(host, port)).toBe(url);
  });
});
