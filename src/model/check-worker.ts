// The worker side of check-in-workers.ts: check each batch of files it is sent, send back what
// was found: the problems, and the canvas when asked for (render and report of a large file);
// the parsed document stays here, nobody needs it.
import { parentPort } from 'node:worker_threads';
import { loadCanvasFile, type LoadedFile } from './check-canvas.js';

export function runCheckWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('runCheckWorker runs in a worker thread');
  port.on('message', async (message: { paths?: string[]; first?: number; canvases?: boolean; done?: true }) => {
    if (message.done) {
      port.close();
      return;
    }
    const results: LoadedFile[] = [];
    for (const path of message.paths ?? []) {
      const loaded = await loadCanvasFile(path);
      if (loaded.status === 'unreadable') results.push(loaded);
      else results.push({ file: loaded.file, status: 'checked', problems: loaded.problems, ...(message.canvases && loaded.canvas ? { canvas: loaded.canvas } : {}) });
    }
    port.postMessage({ first: message.first, results });
  });
}
