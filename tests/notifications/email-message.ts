// A small MIME reader for tests: enough for what nodemailer sends (multipart/alternative, quoted-
// printable or base64 parts, RFC 2047 subjects), for emails caught by an SMTP server or read from .eml files.

/** An email message, decoded: its headers (names in lower case, unfolded), subject and both bodies. */
export interface ReceivedEmail {
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
}

function bytesOfQuotedPrintable(encoded: string, underscoreIsSpace = false): Buffer {
  const cleaned = encoded.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    const hex = cleaned.slice(i + 1, i + 3);
    if (cleaned[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (underscoreIsSpace && cleaned[i] === '_') {
      bytes.push(0x20);
    } else {
      bytes.push(cleaned.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`), adjacent ones joined before decoding. */
function decodeHeaderValue(value: string): string {
  return value.replace(/(?:=\?[^?]+\?[QqBb]\?[^?]*\?=\s*)+/g, (run) => {
    const trailing = /\s*$/.exec(run)![0];
    const words = [...run.matchAll(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g)];
    const bytes = Buffer.concat(
      words.map(([, encoding, text]) =>
        encoding!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : bytesOfQuotedPrintable(text!, true),
      ),
    );
    return bytes.toString('utf8') + trailing;
  });
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  const head = match ? raw.slice(0, match.index) : raw;
  const body = match ? raw.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The text/plain and text/html parts of a MIME entity, decoded to strings. */
function textParts(raw: string): { text: string; html: string } {
  const { headers, body } = splitHeaders(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    return parts.map(textParts).reduce((all, part) => ({ text: all.text + part.text, html: all.html + part.html }), {
      text: '',
      html: '',
    });
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const decoded =
    encoding === 'quoted-printable'
      ? bytesOfQuotedPrintable(body).toString('utf8')
      : encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : body;
  if (/^text\/html/i.test(type)) return { text: '', html: decoded };
  if (/^text\/plain/i.test(type)) return { text: decoded, html: '' };
  return { text: '', html: '' };
}

export function parseEmail(raw: string): ReceivedEmail {
  const { headers } = splitHeaders(raw);
  return {
    headers,
    subject: decodeHeaderValue(headers.get('subject') ?? ''),
    ...textParts(raw),
  };
}
