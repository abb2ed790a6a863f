// The entry of a thread that reads a file for the main thread (lib/off-thread.ts). A worker thread
// does not inherit the main thread's TypeScript loader, so it registers tsx itself before it loads
// the module that does the work.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { moduleUrl, exportName, args, readAhead } = workerData;
let credits = readAhead;
let wake = () => {};
parentPort.on('message', () => {
  credits++;
  wake();
});

/** Hands a chunk to the main thread, waiting while `readAhead` chunks are still unhandled there. */
async function send(chunk) {
  while (credits === 0) await new Promise((resolve) => (wake = resolve));
  credits--;
  parentPort.postMessage({ chunk });
}

try {
  const work = (await import(moduleUrl))[exportName];
  parentPort.postMessage({ done: await work(args, send) });
} catch (err) {
  // a refusal with a code (AppError) goes back as itself; anything else as a failure
  parentPort.postMessage({
    error: err?.code && err?.params ? { code: err.code, params: err.params } : { message: String(err?.stack ?? err) },
  });
}
