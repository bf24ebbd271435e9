// The real render worker, plus faults a test asks for in the specification's `usermeta.fault`:
// `crash` throws out of the message handler, `exit` ends the thread, `hang` never answers.
import { parentPort } from 'node:worker_threads';
import '../render-worker.mjs';

parentPort?.on('message', (message) => {
  const fault = message.spec?.usermeta?.fault;
  if (fault === 'crash') throw new Error('the render worker crashed');
  if (fault === 'exit') process.exit(3);
  if (fault === 'hang') for (;;);
});
