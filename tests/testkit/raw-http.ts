import net from 'node:net';

export interface RawResponse {
  /** The status code of the first response line, or null when the server closed without one. */
  status: number | null;
  /** Everything the server sent before closing or going quiet. */
  text: string;
}

/** The host and port of an http:// URL. */
export function addressOf(url: string): { host: string; port: number } {
  const { hostname, port } = new URL(url);
  return { host: hostname, port: Number(port) };
}

/**
 * Writes `bytes` as they are to a fresh TCP connection, for requests no HTTP client would send
 * (malformed request-targets, broken frames), and collects the answer until the server closes the
 * connection or sends nothing for `quietMs`.
 */
export function rawExchange(url: string, bytes: string | Buffer, quietMs = 1000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(addressOf(url));
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text });
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    };
    socket.on('connect', () => {
      socket.write(bytes);
      quiet();
    });
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      quiet();
    });
    socket.on('close', finish);
    socket.on('error', (error) => (chunks.length ? finish() : reject(error)));
  });
}

export const upgradeRequest = (target: string) =>
  `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
  'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
  'Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n';

export const getRequest = (target: string) => `GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;

/** A WebSocket connection opened by hand, so a test can send frames no WebSocket client would. */
export async function rawWebSocket(url: string, path = '/graphql'): Promise<net.Socket> {
  const socket = net.connect(addressOf(url));
  await new Promise<void>((resolve, reject) => {
    let received = '';
    socket.once('error', reject);
    socket.on('connect', () => socket.write(upgradeRequest(path)));
    const onData = (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (!received.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      socket.off('error', reject);
      if (received.startsWith('HTTP/1.1 101')) resolve();
      else reject(new Error(`The upgrade was refused: ${received.split('\r\n')[0]}`));
    };
    socket.on('data', onData);
  });
  return socket;
}

/** Sends `frame` on a raw WebSocket and resolves with the close code of the server's close frame (null if none). */
export function closeCodeAfter(socket: net.Socket, frame: Buffer): Promise<number | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const settle = () => {
      const bytes = Buffer.concat(chunks);
      for (let offset = 0; offset + 2 <= bytes.length;) {
        const opcode = bytes[offset]! & 0x0f;
        const length = bytes[offset + 1]! & 0x7f;
        if (opcode === 0x8) return resolve(length >= 2 ? bytes.readUInt16BE(offset + 2) : null);
        offset += 2 + length;
      }
      resolve(null);
    };
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('close', settle);
    socket.on('error', () => {});
    socket.write(frame);
  });
}

/** A client frame: FIN set, the given opcode and extra first-byte bits, masked unless told otherwise. */
export function clientFrame(
  opcode: number,
  payload: Buffer,
  options: { firstByteBits?: number; masked?: boolean } = {},
): Buffer {
  const masked = options.masked ?? true;
  const header = [0x80 | (options.firstByteBits ?? 0) | opcode];
  if (payload.length < 126) header.push((masked ? 0x80 : 0) | payload.length);
  else throw new Error('Test frames are short.');
  if (!masked) return Buffer.concat([Buffer.from(header), payload]);
  const mask = Buffer.from([1, 2, 3, 4]);
  const body = Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4]!));
  return Buffer.concat([Buffer.from(header), mask, body]);
}
