// A file's name as people gave it is stored, and travels into URLs and Content-Disposition headers:
// the stored form is made safe once (`safeFileName`), and the header forms are derived from it.

/** The most a stored name may take, in UTF-8 bytes: below every common file system's 255. */
export const maxFileNameBytes = 200;

/** An extension (with its dot) longer than this is taken for part of the name, not kept whole when cutting. */
const maxKeptExtensionBytes = 20;

const lineBreaksAndTabs = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Control characters, and the bidi embeddings, overrides and isolates that make `evil\u202Egnp.exe`
// read as `evilexe.png`.
const invisible = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Characters Windows refuses in a name (the separators are gone already).
const windowsReserved = /[<>:"|?*]/g;
// Windows opens a device for these whatever the extension (`CON.txt`, `com1.tar.gz`).
const windowsDevice = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

const baseName = (name: string) => name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);

/** The extension of the name's last part, lower-case and without its dot, or '' (`.bashrc` has none). */
export function extensionOf(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The longest run of whole graphemes from the start of `text` that fits in `bytes`. */
function cutToBytes(text: string, bytes: number): string {
  let kept = '';
  for (const { segment } of graphemes.segment(text)) {
    if (utf8Bytes(kept + segment) > bytes) break;
    kept += segment;
  }
  return kept;
}

const trimDotsAndSpaces = (text: string) => text.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');

/**
 * A name that is safe to store and to offer in a download, from whatever a client sent: its last
 * path part only, the characters Windows refuses as `_`, without control or bidi characters, leading dots (hidden files) or trailing dots
 * and spaces (which Windows drops), not a Windows device name (given a leading `_`), whitespace
 * collapsed, at most 200 UTF-8 bytes with its extension kept; `file` when nothing is left.
 */
export function safeFileName(name: string): string {
  let safe = baseName(
    name.replace(loneSurrogates, '').normalize('NFC').replace(lineBreaksAndTabs, ' ').replace(invisible, ''),
  );
  safe = trimDotsAndSpaces(safe.replace(windowsReserved, '_').replace(/\s+/g, ' '));
  if (windowsDevice.test(safe.split('.')[0]!.trim())) safe = `_${safe}`;
  if (utf8Bytes(safe) > maxFileNameBytes) {
    const dot = safe.lastIndexOf('.');
    const kept = dot > 0 && utf8Bytes(safe.slice(dot)) <= maxKeptExtensionBytes ? safe.slice(dot) : '';
    const stem = safe.slice(0, safe.length - kept.length);
    safe = `${trimDotsAndSpaces(cutToBytes(stem, maxFileNameBytes - utf8Bytes(kept)))}${kept}`;
  }
  return safe === '' || safe.startsWith('.') ? `file${safe}` : safe;
}

/** An ASCII stand-in for `filename="…"`: accents dropped, anything else outside printable ASCII, quotes, `\` and `%` as `_`. */
export function asciiFileName(name: string): string {
  return safeFileName(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
}

/** RFC 5987 `ext-value` of the name, for `filename*=UTF-8''…`. */
export function rfc5987FileName(name: string): string {
  return encodeURIComponent(safeFileName(name)).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `<disposition>; filename="<ascii>"; filename*=UTF-8''<utf-8>` */
export function contentDispositionOf(disposition: 'inline' | 'attachment', name: string): string {
  return `${disposition}; filename="${asciiFileName(name)}"; filename*=UTF-8''${rfc5987FileName(name)}`;
}
