import net from 'node:net';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answerWithin, AnswerTimeoutError } from './answer-within';

// Echoes what it reads, then (once the echo is handed to the kernel) creates the file named by its argument.
const echoServer = `
const server = require('node:net').createServer((socket) =>
  socket.on('data', (data) => socket.write(data, () => require('node:fs').writeFileSync(process.argv[1], ''))),
);
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port)));
`;

/** Blocks this process for at least `ms`, and until `done()` holds (at most 10 s). */
function busyUntil(ms: number, done: () => boolean): void {
  const start = Date.now();
  while (Date.now() - start < ms || (!done() && Date.now() - start < 10_000));
}

describe('answerWithin', () => {
  it('resolves with an answer that comes in time', async () => {
    await expect(answerWithin(Promise.resolve(7), 50)).resolves.toBe(7);
  });

  it('passes on the error of an answer that fails in time', async () => {
    await expect(answerWithin(Promise.reject(new Error('refused')), 50)).rejects.toThrow('refused');
  });

  it('rejects with AnswerTimeoutError when no answer comes', async () => {
    await expect(answerWithin(new Promise(() => {}), 20)).rejects.toBeInstanceOf(AnswerTimeoutError);
  });

  it('uses an answer that arrived on a socket while the process was too busy to read it in time', async () => {
    // The peer is another process, so it answers while this one is busy.
    const echoed = path.join(mkdtempSync(path.join(tmpdir(), 'answer-within-')), 'echoed');
    const peer = spawn(process.execPath, ['-e', echoServer, echoed], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const [port] = (await once(peer.stdout!, 'data')) as [Buffer];
      const socket = net.connect(Number(String(port)), '127.0.0.1');
      await once(socket, 'connect');
      const echo = once(socket, 'data').then(([data]) => String(data));
      const waiting = answerWithin(echo, 20);
      socket.write('ping');
      // The echo arrives (over loopback, in this socket's buffer once the peer's write is done) and the
      // time runs out, while this process cannot look.
      busyUntil(50, () => existsSync(echoed));
      await expect(waiting).resolves.toBe('ping');
      socket.destroy();
    } finally {
      peer.kill();
    }
  });
});
