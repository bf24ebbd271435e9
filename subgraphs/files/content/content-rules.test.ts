import { checkContent, isImageForThumbnails, normaliseType, type ContentInput } from './content-rules';
import { elfExecutable, peExecutable } from './test-fixtures/content-fixtures';

const sniffedAs = (mime: string, ext: string) => ({ mime, ext });
const png = sniffedAs('image/png', 'png');
const pdf = sniffedAs('application/pdf', 'pdf');
const zip = sniffedAs('application/zip', 'zip');
const cfb = sniffedAs('application/x-cfb', 'cfb');
const elf = sniffedAs('application/x-elf', 'elf');
const exe = sniffedAs('application/x-msdownload', 'exe');
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** An upload with what file-type made of it; `head` is bytes of no consequence unless given. */
const check = (input: Partial<ContentInput> & Pick<ContentInput, 'sniffed'>) =>
  checkContent({ declaredType: 'application/octet-stream', fileName: 'upload', head: Buffer.alloc(8), ...input });
const text = (content: string, input: Partial<ContentInput> = {}) =>
  check({ sniffed: null, head: Buffer.from(content, 'utf8'), ...input });

const svg = (body: string, prolog = '') => `${prolog}<svg xmlns="http://www.w3.org/2000/svg" width="10">${body}</svg>`;

describe('checkContent of sniffed content', () => {
  it('accepts a PNG declared as one, as an inline-safe image', () => {
    expect(check({ sniffed: png, declaredType: 'image/png', fileName: 'photo.png' })).toEqual({
      ok: true,
      contentType: 'image/png',
      kind: 'image',
      inlineSafe: true,
    });
  });

  it('compares declared types lower-case, without parameters, and by their usual name', () => {
    const jpeg = sniffedAs('image/jpeg', 'jpg');
    expect(check({ sniffed: jpeg, declaredType: 'image/jpg' })).toMatchObject({ ok: true, contentType: 'image/jpeg' });
    expect(check({ sniffed: jpeg, declaredType: 'image/pjpeg' })).toMatchObject({ ok: true });
    expect(check({ sniffed: png, declaredType: 'image/x-png' })).toMatchObject({ ok: true, contentType: 'image/png' });
    expect(check({ sniffed: png, declaredType: ' IMAGE/PNG; name=x ' })).toMatchObject({ ok: true });
    expect(normaliseType('Application/X-Zip-Compressed')).toBe('application/zip');
  });

  it('takes an animated PNG for a PNG', () => {
    expect(check({ sniffed: sniffedAs('image/apng', 'apng'), declaredType: 'image/png' })).toEqual({
      ok: true,
      contentType: 'image/png',
      kind: 'image',
      inlineSafe: true,
    });
  });

  it('takes the sniffed type when the declared one is application/octet-stream or missing', () => {
    expect(check({ sniffed: pdf, fileName: 'scan.pdf' })).toEqual({
      ok: true,
      contentType: 'application/pdf',
      kind: 'pdf',
      inlineSafe: true,
    });
    expect(check({ sniffed: png, declaredType: '' })).toMatchObject({ ok: true, contentType: 'image/png' });
  });

  it('refuses content whose declared type is another, naming both', () => {
    expect(check({ sniffed: png, declaredType: 'image/jpeg', fileName: 'photo.jpg' })).toEqual({
      ok: false,
      reason: 'TYPE_MISMATCH',
      message: 'The content is image/png, not image/jpeg.',
    });
    expect(check({ sniffed: pdf, declaredType: 'text/plain' })).toMatchObject({ reason: 'TYPE_MISMATCH' });
  });

  it('refuses a PNG renamed .pdf, whose extension claims a family the content is not', () => {
    expect(check({ sniffed: png, fileName: 'invoice.pdf' })).toEqual({
      ok: false,
      reason: 'TYPE_MISMATCH',
      message: 'The content is image/png, not a .pdf file.',
    });
    expect(check({ sniffed: pdf, fileName: 'photo.JPG' })).toMatchObject({ reason: 'TYPE_MISMATCH' });
    expect(check({ sniffed: png, fileName: 'notes.docx' })).toMatchObject({ reason: 'TYPE_MISMATCH' });
  });

  it('accepts an image under another image extension, the family being the same', () => {
    expect(check({ sniffed: png, fileName: 'photo.jpg' })).toMatchObject({ ok: true, contentType: 'image/png' });
  });

  it('judges the extension of the name as it will be stored, after trailing dots and bidi characters go', () => {
    expect(check({ sniffed: png, fileName: 'invoice.pdf. ' })).toMatchObject({ reason: 'TYPE_MISMATCH' });
    expect(check({ sniffed: exe, fileName: 'photo\u202Egnp.exe' })).toMatchObject({ ok: true });
  });

  it('takes a declared office type for a zip or compound file, whose member file-type may not name', () => {
    expect(check({ sniffed: zip, declaredType: docx, fileName: 'plan.docx' })).toMatchObject({
      ok: true,
      contentType: docx,
      kind: 'other',
      inlineSafe: false,
    });
    expect(check({ sniffed: cfb, declaredType: 'application/msword', fileName: 'old.doc' })).toMatchObject({
      ok: true,
      contentType: 'application/msword',
    });
    expect(check({ sniffed: zip, fileName: 'plan.xlsx' })).toMatchObject({ ok: true, contentType: 'application/zip' });
    expect(check({ sniffed: cfb, fileName: 'old.xls' })).toMatchObject({ ok: true, contentType: 'application/x-cfb' });
  });

  it('refuses a zip or compound file declared as something it cannot hold', () => {
    expect(check({ sniffed: zip, declaredType: 'image/png' })).toMatchObject({ reason: 'TYPE_MISMATCH' });
    expect(check({ sniffed: cfb, declaredType: docx })).toMatchObject({ reason: 'TYPE_MISMATCH' });
  });

  it('refuses an executable dressed as an image by its declared type, naming both', () => {
    expect(check({ sniffed: elf, declaredType: 'image/png', fileName: 'tool' })).toEqual({
      ok: false,
      reason: 'EXECUTABLE',
      message: 'The content is a program (application/x-elf), not image/png.',
    });
  });

  it.each([
    [elf, 'photo.png'],
    [exe, 'invoice.pdf'],
    [exe, 'report.docx'],
    [exe, 'readme.txt'],
    [exe, 'song.mp3'],
    [sniffedAs('application/x-mach-binary', 'macho'), 'notes.md'],
    [sniffedAs('application/java-vm', 'class'), 'diagram.png'],
    [sniffedAs('application/wasm', 'wasm'), 'data.json'],
    [sniffedAs('application/java-archive', 'jar'), 'photos.zip'],
  ])('refuses a program (%j) named %j, whose extension claims a document', (sniffed, fileName) => {
    expect(check({ sniffed, fileName })).toMatchObject({ ok: false, reason: 'EXECUTABLE' });
  });

  it('accepts a program named and declared as one, or neutrally, as an attachment never shown inline', () => {
    const attachment = { ok: true, kind: 'other', inlineSafe: false };
    expect(check({ sniffed: exe, fileName: 'setup.exe', declaredType: 'application/x-msdownload' })).toEqual({
      ...attachment,
      contentType: 'application/x-msdownload',
    });
    expect(check({ sniffed: exe, fileName: 'setup.exe', declaredType: 'application/x-msdos-program' })).toMatchObject(
      attachment,
    );
    expect(check({ sniffed: elf, fileName: 'server' })).toEqual({ ...attachment, contentType: 'application/x-elf' });
    expect(check({ sniffed: elf, fileName: 'libz.so.1' })).toMatchObject(attachment);
  });

  it('refuses a program declared as another program', () => {
    expect(check({ sniffed: elf, declaredType: 'application/x-msdownload', fileName: 'tool.exe' })).toMatchObject({
      reason: 'TYPE_MISMATCH',
    });
  });

  it.each(['application/x.ms.shortcut', 'application/x-ms-regedit', 'application/vnd.ms-htmlhelp'])(
    'refuses %s as unsupported, whatever it is called',
    (mime) => {
      expect(check({ sniffed: sniffedAs(mime, 'x'), fileName: 'x' })).toEqual({
        ok: false,
        reason: 'UNSUPPORTED',
        message: `Files of type ${mime} are not accepted.`,
      });
    },
  );

  it('accepts text formats file-type recognises as text, and other formats as attachments', () => {
    expect(check({ sniffed: sniffedAs('text/calendar', 'ics'), declaredType: 'text/calendar' })).toEqual({
      ok: true,
      contentType: 'text/calendar',
      kind: 'text',
      inlineSafe: false,
    });
    expect(check({ sniffed: sniffedAs('image/tiff', 'tif'), fileName: 'scan.tiff' })).toEqual({
      ok: true,
      contentType: 'image/tiff',
      kind: 'image',
      inlineSafe: false,
    });
    expect(check({ sniffed: sniffedAs('video/mp4', 'mp4'), declaredType: 'video/mp4' })).toMatchObject({
      kind: 'other',
      inlineSafe: false,
    });
  });

  it.each([
    ['image/gif', true],
    ['image/webp', true],
    ['image/avif', true],
    ['image/bmp', false],
    ['image/x-icon', false],
    ['image/heic', false],
  ])('shows %s inline: %s', (mime, inlineSafe) => {
    expect(check({ sniffed: sniffedAs(mime, 'x') })).toMatchObject({ ok: true, inlineSafe });
  });
});

describe('checkContent of content nothing sniffed (text formats)', () => {
  it('accepts a clean SVG as svg, never inline', () => {
    expect(text(svg('<circle r="4" fill="red"/>'), { declaredType: 'image/svg+xml', fileName: 'logo.svg' })).toEqual({
      ok: true,
      contentType: 'image/svg+xml',
      kind: 'svg',
      inlineSafe: false,
    });
  });

  it('knows an SVG after a byte order mark, an XML declaration, comments and a doctype with an internal subset', () => {
    const prolog =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: Adobe Illustrator -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n' +
      '  <!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">\n]>\n';
    // file-type calls a document with an XML declaration application/xml.
    const sniffed = sniffedAs('application/xml', 'xml');
    expect(check({ sniffed, head: Buffer.from(svg('', prolog)), fileName: 'logo.svg' })).toMatchObject({
      ok: true,
      contentType: 'image/svg+xml',
      kind: 'svg',
    });
  });

  it.each([
    ['<script>alert(1)</script>', '<script>'],
    ['<SCRIPT type="text/javascript">alert(1)</SCRIPT>', '<script>'],
    ['<svg:script>alert(1)</svg:script>', '<script>'],
    ['<rect onload="alert(1)"/>', 'an event handler attribute (on…=)'],
    ['<rect OnMouseOver = "alert(1)"/>', 'an event handler attribute (on…=)'],
    ['<a href="javascript:alert(1)"><text>x</text></a>', 'a script URL'],
    ['<a xlink:href="  JaVa\tScRiPt:alert(1)">x</a>', 'a script URL'],
    ['<a href="jav&#x61;script&#58;alert(1)">x</a>', 'a script URL'],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', 'a data:text/html URL'],
    ['<image href="data:image/svg+xml;base64,PHN2Zz4="/>', 'a nested SVG data URL'],
    ['<foreignObject><div>x</div></foreignObject>', '<foreignObject>'],
    ['<foreignobject width="9"></foreignobject>', '<foreignObject>'],
    ['<iframe src="https://example.com"/>', '<iframe>'],
    ['<embed src="x.swf"/>', '<embed>'],
    ['<object data="x.html"></object>', '<object>'],
    ['<set attributeName="onmouseover" to="alert(1)"/>', 'an animated event handler'],
  ])('refuses an SVG holding %s as SVG_SCRIPT', (body, named) => {
    expect(text(svg(body), { declaredType: 'image/svg+xml', fileName: 'logo.svg' })).toEqual({
      ok: false,
      reason: 'SVG_SCRIPT',
      message: `The SVG holds ${named}, which could run script in a browser.`,
    });
  });

  it('finds markup hidden in character references of an entity, which the parser would expand', () => {
    const prolog = '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>';
    expect(text(svg('&x;', prolog))).toMatchObject({ reason: 'SVG_SCRIPT' });
  });

  it('scans the whole head given, not just its start', () => {
    const padding = `<desc>${'a'.repeat(60_000)}</desc>`;
    expect(text(svg(`${padding}<script>alert(1)</script>`))).toMatchObject({ reason: 'SVG_SCRIPT' });
  });

  it('accepts HTML as text/html, as an attachment only, whatever text type was declared', () => {
    const page = '<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>';
    expect(text(page, { declaredType: 'text/html', fileName: 'page.html' })).toEqual({
      ok: true,
      contentType: 'text/html',
      kind: 'text',
      inlineSafe: false,
    });
    expect(text(page, { declaredType: 'text/plain', fileName: 'page.txt' })).toMatchObject({
      contentType: 'text/html',
    });
    expect(text('<!-- saved -->\n<html lang="en"></html>')).toMatchObject({ contentType: 'text/html' });
    expect(text('<script>alert(1)</script>')).toMatchObject({ contentType: 'text/html' });
  });

  it('keeps a declared text type for text', () => {
    expect(text('name,amount\nAnn,3\n', { declaredType: 'text/csv', fileName: 'a.csv' })).toEqual({
      ok: true,
      contentType: 'text/csv',
      kind: 'text',
      inlineSafe: false,
    });
    expect(text('{"a":1}', { declaredType: 'application/json' })).toMatchObject({ contentType: 'application/json' });
    expect(text('# Title\n', { declaredType: 'text/markdown' })).toMatchObject({ contentType: 'text/markdown' });
  });

  it('calls UTF-8 text text/plain when its declared type is not a text one', () => {
    expect(text('Grüße 👋 from the team — ünïcödé', { fileName: 'notes' })).toEqual({
      ok: true,
      contentType: 'text/plain',
      kind: 'text',
      inlineSafe: false,
    });
    expect(text('not an svg', { declaredType: 'image/svg+xml' })).toMatchObject({ contentType: 'text/plain' });
  });

  it('calls an XML document with an XML declaration application/xml when nothing more was declared', () => {
    const head = Buffer.from('<?xml version="1.0"?><feed/>');
    expect(check({ sniffed: sniffedAs('application/xml', 'xml'), head })).toMatchObject({
      ok: true,
      contentType: 'application/xml',
      kind: 'text',
    });
  });

  it('counts a character cut off at the end of the head as text', () => {
    const head = Buffer.from('price: 3 €', 'utf8');
    expect(check({ sniffed: null, head: head.subarray(0, head.length - 1) })).toMatchObject({ kind: 'text' });
  });

  it('calls binary content nothing recognised application/octet-stream', () => {
    const attachment = { ok: true, contentType: 'application/octet-stream', kind: 'other', inlineSafe: false };
    expect(check({ sniffed: null, head: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10]) })).toEqual(attachment);
    expect(check({ sniffed: null, head: Buffer.from([0x61, 0xc3, 0x28, 0x62]) })).toEqual(attachment);
    expect(check({ sniffed: null, head: Buffer.from('a\u0000b'), declaredType: 'text/plain' })).toEqual(attachment);
  });

  it('refuses text declared or named as a format with a signature, which it would have been sniffed as', () => {
    expect(text('hello', { declaredType: 'image/png' })).toEqual({
      ok: false,
      reason: 'TYPE_MISMATCH',
      message: 'The content is text/plain, not image/png.',
    });
    expect(text('<!doctype html><html></html>', { fileName: 'invoice.pdf' })).toEqual({
      ok: false,
      reason: 'TYPE_MISMATCH',
      message: 'The content is text/html, not a .pdf file.',
    });
    expect(check({ sniffed: null, head: Buffer.from([0, 1, 2]), declaredType: docx })).toMatchObject({
      reason: 'TYPE_MISMATCH',
    });
    expect(text(svg(''), { fileName: 'logo.png' })).toMatchObject({ reason: 'TYPE_MISMATCH' });
  });

  it('refuses a #! script named or declared as a document', () => {
    const script = '#!/bin/sh\nrm -rf "$HOME"\n';
    expect(text(script, { fileName: 'cat.png' })).toEqual({
      ok: false,
      reason: 'EXECUTABLE',
      message: 'The content is a script, not a .png file.',
    });
    expect(text(script, { declaredType: 'application/pdf', fileName: 'x' })).toMatchObject({ reason: 'EXECUTABLE' });
    expect(text(script, { fileName: 'song.mp3' })).toMatchObject({ reason: 'EXECUTABLE' });
  });

  it('accepts a #! script as text when named and declared as a script or as text', () => {
    const script = '#!/usr/bin/env python3\nprint("hi")\n';
    expect(text(script, { fileName: 'deploy.sh', declaredType: 'application/x-sh' })).toEqual({
      ok: true,
      contentType: 'application/x-sh',
      kind: 'text',
      inlineSafe: false,
    });
    expect(text(script, { fileName: 'main.py', declaredType: 'text/x-python' })).toMatchObject({
      contentType: 'text/x-python',
    });
    expect(text(script, { fileName: 'notes.txt', declaredType: 'text/plain' })).toMatchObject({ ok: true });
  });

  it('judges a head of 64 KiB built to make a careless pattern backtrack without delay', () => {
    const started = performance.now();
    for (const head of [' '.repeat(65_536), `<!--${'-'.repeat(65_532)}`, `<!doctype${' '.repeat(65_527)}`]) {
      expect(text(head)).toMatchObject({ ok: true });
    }
    expect(text(`<svg ${'onx'.repeat(21_000)}`)).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('trusts the sniff it is given: the bytes of a program nothing sniffed are unknown binary', () => {
    expect(check({ sniffed: null, head: elfExecutable() })).toMatchObject({ contentType: 'application/octet-stream' });
    expect(check({ sniffed: null, head: peExecutable() })).toMatchObject({ contentType: 'application/octet-stream' });
  });
});

describe('isImageForThumbnails', () => {
  it.each([
    ['image/png', true],
    ['image/jpeg', true],
    ['image/gif', true],
    ['image/webp', true],
    ['image/avif', true],
    ['image/tiff', true],
    ['image/jpg', true],
    ['image/svg+xml', false],
    ['image/heic', false],
    ['application/pdf', false],
  ])('of %s is %s', (type, expected) => {
    expect(isImageForThumbnails(type)).toBe(expected);
  });
});
