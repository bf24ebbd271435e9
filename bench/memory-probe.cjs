// Preloaded into the benchmarked router (node --expose-gc --require): on an IPC "memory" message it
// collects garbage and answers with process.memoryUsage(), so memory per connection is measured on
// live objects rather than on a heap that happens not to have been collected yet.
process.on('message', (message) => {
  if (message !== 'memory' || !globalThis.gc || !process.send) return;
  globalThis.gc();
  globalThis.gc();
  process.send(process.memoryUsage());
});
