import {
  asciiFileName,
  contentDispositionOf,
  extensionOf,
  maxFileNameBytes,
  rfc5987FileName,
  safeFileName,
} from './file-names';

describe('file names', () => {
  test('a safe name drops controls and bidirectional overrides, keeps the last path part and replaces what Windows refuses', () => {
    expect(safeFileName('report\u202Egnp.exe')).toBe('reportgnp.exe');
    expect(safeFileName('a/b\\c:d*e?.txt')).toBe('c_d_e_.txt');
    expect(safeFileName('line\r\nbreak.txt')).toBe('line break.txt');
    expect(safeFileName('  \u0000 ')).toBe('file');
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

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\boot.ini', 'boot.ini'],
    ['C:\\Users\\ann\\My Report.docx', 'My Report.docx'],
    ['uploads/2024/../photo.jpg', 'photo.jpg'],
  ])('keeps only the last path part of %j, whichever the separator', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it.each([
    ['CON.txt', '_CON.txt'],
    ['con', '_con'],
    ['nul.tar.gz', '_nul.tar.gz'],
    ['COM1.log', '_COM1.log'],
    ['lpt9', '_lpt9'],
    ['AUX .txt', '_AUX .txt'],
  ])('prefixes the Windows device name %j so Windows opens a file, not a device', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('leaves names that merely begin like a device name', () => {
    expect(safeFileName('CONTRACT.pdf')).toBe('CONTRACT.pdf');
    expect(safeFileName('com10.txt')).toBe('com10.txt');
  });

  it('drops bidi overrides and isolates, so the extension a reader sees is the real one', () => {
    expect(safeFileName('evil\u202Egnp.exe')).toBe('evilgnp.exe');
    expect(safeFileName('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069.txt')).toBe('abcdefgh.txt');
  });

  it('drops NUL and other control characters, and turns line breaks and tabs into spaces', () => {
    expect(safeFileName('inv\u0000oice\u0007\u001b\u007f\u009b.pdf')).toBe('invoice.pdf');
    expect(safeFileName('line\nbreak\r\nand\ttab.txt')).toBe('line break and tab.txt');
  });

  it('drops leading dots and trailing dots and spaces', () => {
    expect(safeFileName('.htaccess')).toBe('htaccess');
    expect(safeFileName('...hidden.txt')).toBe('hidden.txt');
    expect(safeFileName('report.pdf. . .  ')).toBe('report.pdf');
  });

  it('collapses runs of whitespace, Unicode spaces too, and trims the ends', () => {
    expect(safeFileName('  quarterly \u00a0  report\u3000final.pdf  ')).toBe('quarterly report final.pdf');
  });

  it('cuts a 500-character name to 200 bytes and keeps its extension', () => {
    const safe = safeFileName(`${'a'.repeat(500)}.pdf`);
    expect(bytes(safe)).toBe(maxFileNameBytes);
    expect(safe).toBe(`${'a'.repeat(196)}.pdf`);
  });

  it('cuts a long name of multi-byte characters between whole characters, never inside one', () => {
    const safe = safeFileName(`${'😀'.repeat(200)}.jpeg`);
    expect(bytes(safe)).toBeLessThanOrEqual(maxFileNameBytes);
    expect(safe).toBe(`${'😀'.repeat(48)}.jpeg`);
    const family = '👩‍👩‍👧‍👦';
    expect(safeFileName(`${family.repeat(20)}.png`)).toBe(`${family.repeat(7)}.png`);
  });

  it('cuts an overlong extension like the rest of the name', () => {
    const safe = safeFileName(`a.${'b'.repeat(500)}`);
    expect(safe).toBe(`a.${'b'.repeat(198)}`);
  });

  it('names a file with nothing left "file"', () => {
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('...')).toBe('file');
    expect(safeFileName('a/')).toBe('file');
    expect(safeFileName('\u202E\u0000 ')).toBe('file');
    expect(safeFileName(`${' '.repeat(300)}`)).toBe('file');
  });

  it('normalises to NFC and drops unpaired surrogates', () => {
    expect(safeFileName('Cafe\u0301.txt')).toBe('Café.txt');
    expect(safeFileName('bad\uD800name.txt')).toBe('badname.txt');
  });
});

describe('extensionOf', () => {
  it.each([
    ['Photo.JPG', 'jpg'],
    ['archive.tar.gz', 'gz'],
    ['dir.d/README', ''],
    ['.bashrc', ''],
    ['file.', ''],
    ['C:\\tmp\\x.PDF', 'pdf'],
  ])('of %j is %j', (name, extension) => {
    expect(extensionOf(name)).toBe(extension);
  });
});
