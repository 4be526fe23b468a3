// The worker side of check-in-workers.ts: check each batch of files it is sent, send back what
// was found (problems only: the parsed document and the canvas stay here, nobody needs them).
import { parentPort } from 'node:worker_threads';
import { loadCanvasFile, type LoadedFile } from './check-canvas.js';

export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runCheckWorker runs in a worker thread');
  port.on('message', async (message: { paths?: string[]; first?: number; done?: true }) => {
    if (message.done) {
      port.close();
      return;
    }
    const results: LoadedFile[] = [];
    for (const path of message.paths ?? []) {
      const loaded = await loadCanvasFile(path);
      results.push(loaded.status === 'checked' ? { file: loaded.file, status: 'checked', problems: loaded.problems } : loaded);
    }
    port.postMessage({ first: message.first, results });
  });
}
