// A file's name as people gave it travels into URLs and Content-Disposition headers; these are the
// forms that are safe there.

const maxNameLength = 200;

/**
 * The name without what could mislead or break a path: control and format characters (including
 * bidirectional overrides that make `exe.png` read as `gnp.exe`), path separators and the
 * characters Windows refuses; at most 200 characters, keeping the extension. `file` when nothing is left.
 */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[/\\<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...cleaned];
  if (chars.length <= maxNameLength) return cleaned || 'file';
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? [...cleaned.slice(dot)] : [];
  const kept = extension.length <= 16 ? extension : [];
  return chars.slice(0, maxNameLength - kept.length).join('') + kept.join('');
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
