import { asciiFileName, contentDispositionOf, rfc5987FileName, safeFileName } from './file-names';

describe('file names', () => {
  test('a safe name drops controls and bidirectional overrides and replaces separators', () => {
    expect(safeFileName('report\u202Egnp.exe')).toBe('reportgnp.exe');
    expect(safeFileName('a/b\\c:d*e?.txt')).toBe('a_b_c_d_e_.txt');
    expect(safeFileName('line\r\nbreak.txt')).toBe('linebreak.txt');
    expect(safeFileName('  \u0000 ')).toBe('file');
  });

  test('a long name is cut to 200 characters and keeps its extension', () => {
    const name = safeFileName(`${'é'.repeat(300)}.tar.gz`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('.gz')).toBe(true);
  });

  test('the ASCII fallback keeps letters without accents and nothing a quoted string could break on', () => {
    expect(asciiFileName('Résumé "final" 100%.pdf')).toBe('Resume _final_ 100_.pdf');
    expect(asciiFileName('日本.txt')).toBe('__.txt');
  });

  test('the RFC 5987 form percent-encodes everything outside attr-char', () => {
    expect(rfc5987FileName("l'été (1)!.txt")).toBe('l%27%C3%A9t%C3%A9%20%281%29!.txt');
  });

  test('a Content-Disposition carries both forms', () => {
    expect(contentDispositionOf('inline', 'Ünïcode.png')).toBe(
      `inline; filename="Unicode.png"; filename*=UTF-8''%C3%9Cn%C3%AFcode.png`,
    );
  });
});
