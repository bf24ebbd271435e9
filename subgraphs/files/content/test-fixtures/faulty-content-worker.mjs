// The real content worker, plus faults a test asks for with the bytes it sends, `FAULT:<name>`:
// `crash` throws out of the message handler, `exit` ends the thread, `hang` never answers.
import { TextDecoder } from 'node:util';
import { parentPort } from 'node:worker_threads';
import '../content-worker.mjs';

parentPort?.on('message', (message) => {
  const fault = /^FAULT:(\w+)/.exec(new TextDecoder().decode(message.request.bytes))?.[1];
  if (fault === 'crash') throw new Error('the content worker crashed');
  if (fault === 'exit') process.exit(3);
  if (fault === 'hang') for (;;);
});
