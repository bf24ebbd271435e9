import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode } from '../../lib/errors';

const guide = readFileSync(path.resolve(__dirname, '../../docs/api.md'), 'utf8');

function documentedCodes(): string[] {
  const start = guide.indexOf('### Error codes');
  const table = guide.slice(start, guide.indexOf('\n\n', guide.indexOf('| code', start)));
  return [...table.matchAll(/^\| `([A-Z_]+)`/gm)].map((match) => match[1]!);
}

describe('The API guide', () => {
  it('lists every error code a client can receive, and no other', () => {
    expect(documentedCodes().sort()).toEqual(Object.values(ErrorCode).sort());
  });
});
