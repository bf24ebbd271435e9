import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorCode, httpStatusOf } from '../../lib/errors';

const guide = readFileSync(path.resolve(__dirname, '../../docs/api.md'), 'utf8');

interface Row {
  code: string;
  http: string;
}

/** The rows of the table under `### Error codes`: its code and its HTTP column. */
function documentedCodes(): Row[] {
  const start = guide.indexOf('### Error codes');
  if (start < 0) throw new Error('docs/api.md has no "### Error codes" section');
  const header = guide.indexOf('| code', start);
  if (header < 0) throw new Error('the "### Error codes" section of docs/api.md has no table');
  const end = guide.indexOf('\n\n', header);
  const table = guide.slice(header, end < 0 ? undefined : end);
  return [...table.matchAll(/^\| `([^`]+)`\s*\|\s*([^|]*?)\s*\|/gm)].map((match) => ({
    code: match[1]!,
    http: match[2]!,
  }));
}

describe('The API guide', () => {
  it('lists every error code a client can receive, and no other', () => {
    expect(
      documentedCodes()
        .map((row) => row.code)
        .sort(),
    ).toEqual(Object.values(ErrorCode).sort());
  });

  it('lists each code once', () => {
    const codes = documentedCodes().map((row) => row.code);
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
  });

  it("gives each code's HTTP status when a whole response fails with it", () => {
    for (const { code, http } of documentedCodes()) {
      const status = httpStatusOf[code as ErrorCode];
      // No response fails as a whole with it: 200 beside data, or "-" for WebSocket-only codes.
      const expected = status === null ? ['200', '-'] : [String(status)];
      expect({ code, statuses: http.split('/').filter((listed) => expected.includes(listed)) }).toEqual({
        code,
        statuses: [expect.any(String)],
      });
    }
  });
});
