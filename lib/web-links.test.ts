import { workItemUrl } from './web-links';

describe('workItemUrl', () => {
  it('puts the key after /browse/ under the public address, without a doubled slash', () => {
    expect(workItemUrl('https://work.example.com', 'WEB-42')).toBe('https://work.example.com/browse/WEB-42');
    expect(workItemUrl('https://work.example.com/app/', 'WEB-42')).toBe('https://work.example.com/app/browse/WEB-42');
  });
});
