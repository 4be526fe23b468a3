// `bmc render --watch` and `--serve`: draw the canvas again on every save. With -o the file is
// rewritten (atomically, as always); with --serve a page on 127.0.0.1 shows the picture and
// follows each save by itself (server-sent events). A save with errors prints its problems and
// shows them in the page, and the last good picture stays. Ctrl+C stops it all: exit 130.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Canvas } from '../format/canvas.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { readSource } from '../io/read-source.js';
import { watchFile } from '../io/watch.js';
import type { Problem } from '../load/problem.js';
import { checkSource } from '../model/check-canvas.js';
import { CancelledError, UsageError } from '../terminal/errors.js';
import { sanitizeLine } from '../terminal/sanitize.js';
import type { DrawOptions, RenderFormat } from '../views/render/formats.js';
import type { LiveState } from '../views/render/live-page.js';
import { problemsToStderr } from './problems-to-stderr.js';

export interface WatchSettings {
  file: string;
  /** The file to rewrite on every save, in `format`; none with --serve alone. */
  output?: string;
  format: RenderFormat;
  options: DrawOptions;
  /** Serve the live page on this port of 127.0.0.1 (0: any free one); no page without it. */
  port?: number;
  /** The checks of the flags against the canvas (its segments), run on a valid canvas at start. */
  assertStart: (canvas: Canvas) => void;
}

interface Drawn {
  title: string;
  svg: string;
}

/** Runs until Ctrl+C, which ends it with CancelledError (exit 130). */
export async function watchAndRender(settings: WatchSettings): Promise<never> {
  const { file } = settings;
  // What cannot go on from the start is a usage error, as without --watch: a file that cannot
  // be read, a --segment the canvas does not have. An invalid canvas is not: the page and the
  // terminal show its problems until a save fixes them.
  const first = checkSource(file, readSource(file));
  if (first.status === 'unreadable') throw new UsageError(`cannot read ${file}: ${first.message}`);
  if (first.canvas) settings.assertStart(first.canvas);
  const draw = await import('../views/render/draw.js');
  const serving = settings.port !== undefined;
  const state: LiveState = { version: 0, status: `Live: ${sanitizeLine(file)}, waiting for the first picture`, problems: [] };
  let drawn: Drawn | undefined;
  let lastText: string | undefined;
  const clients = new Set<ServerResponse>();

  const broadcast = (): void => {
    const message = `event: state\ndata: ${JSON.stringify(state)}\n\n`;
    for (const client of clients) client.write(message);
  };

  /** One round: read, check, draw, write, tell the page. Never throws for a bad canvas. */
  const render = async (): Promise<void> => {
    const started = performance.now();
    const source = readSource(file);
    if (source.kind === 'text' && source.text === lastText) return;
    lastText = source.kind === 'text' ? source.text : undefined;
    const loaded = checkSource(file, source);
    const time = clock();
    let problems: Problem[];
    if (loaded.status === 'unreadable') {
      problems = [{ severity: 'error', rule: 'unreadable', message: `cannot read the file: ${loaded.message}`, line: 1, column: 1, path: '' }];
    } else {
      problems = loaded.problems.filter((problem) => problem.severity === 'error');
      if (loaded.canvas && problems.length === 0) problems = segmentProblems(loaded.canvas, settings.options);
    }
    if (loaded.status === 'checked' && loaded.canvas && problems.length === 0) {
      const pictures = await draw.drawLive(loaded.canvas, settings.options, { ...(settings.output === undefined ? {} : { format: settings.format }), page: serving });
      if (settings.output !== undefined && pictures.file !== undefined) writeFileAtomic(settings.output, pictures.file, { overwrite: true });
      if (pictures.page) drawn = pictures.page;
      const took = Math.round(performance.now() - started);
      state.version += 1;
      state.problems = [];
      state.status = `Live: ${sanitizeLine(file)}, drawn at ${time} in ${took} ms`;
      process.stdout.write(settings.output !== undefined ? `✔ Wrote ${settings.output} at ${time} (${took} ms)\n` : `✔ Drew ${sanitizeLine(file)} at ${time} (${took} ms)\n`);
    } else {
      state.problems = draw.problemLines(file, problems);
      state.status = `${sanitizeLine(file)} has problems (saved at ${time}): ${state.version > 0 ? 'showing the last good picture' : 'no picture yet'}`;
      problemsToStderr(file, problems);
      process.stderr.write(state.version > 0 ? 'Kept the last good picture; fix the file and save again.\n' : 'No picture yet; fix the file and save again.\n');
    }
    broadcast();
  };

  // Rounds never overlap: a save during a round asks for one more round after it.
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const schedule = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = render()
      .catch((error: unknown) => {
        // Writing the output can fail (disk full, folder gone): say so and keep watching.
        process.stderr.write(`bmc: ${error instanceof Error ? error.message : String(error)}\n`);
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule();
        }
      });
  };

  let server: Server | undefined;
  if (settings.port !== undefined) {
    const page = { state: () => state, drawn: () => drawn, clients, livePage: draw.livePage, script: draw.LIVE_SCRIPT };
    server = await listen(settings.port, (request, response) => handle(request, response, page));
    const { port } = server.address() as AddressInfo;
    process.stderr.write(`Serving the live picture at http://127.0.0.1:${port}/ (Ctrl+C to stop)\n`);
  }
  const watch = watchFile(file, schedule, {
    onError: (error) => process.stderr.write(`bmc: stopped watching ${file}: ${error.message}\n`),
  });
  schedule();
  // A comment now and then keeps the page's connection open through idle minutes.
  const ping = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, 20_000);
  ping.unref();

  return new Promise<never>((_, reject) => {
    const stop = (): void => {
      stopped = true;
      clearInterval(ping);
      watch.close();
      for (const client of clients) client.end();
      server?.close();
      server?.closeAllConnections();
      reject(new CancelledError(`Stopped watching ${file}`));
    };
    process.once('SIGINT', stop);
  });
}

/** A --segment that an edit removed: a problem of the save, like an error in the file. */
function segmentProblems(canvas: Canvas, picture: DrawOptions): Problem[] {
  if (picture.segment === undefined || canvas.customer_segments.some((segment) => segment.id === picture.segment)) return [];
  return [
    {
      severity: 'error',
      rule: 'unknown-segment',
      message: `--segment ${picture.segment} is no longer a customer segment of this file; its segments: ${canvas.customer_segments.map((segment) => segment.id).join(', ')}`,
      line: 1,
      column: 1,
      path: 'customer_segments',
    },
  ];
}

function clock(): string {
  const now = new Date();
  return [now.getHours(), now.getMinutes(), now.getSeconds()].map((part) => String(part).padStart(2, '0')).join(':');
}

function listen(port: number, handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new UsageError(`port ${port} on 127.0.0.1 is in use; choose another with --port, or leave --port out for any free one`)
          : new UsageError(`cannot serve on port ${port}: ${error.message}`),
      );
    });
    // Only this machine: the page shows a business model, not something for the network.
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

interface Served {
  state: () => LiveState;
  drawn: () => Drawn | undefined;
  clients: Set<ServerResponse>;
  livePage: (state: LiveState, picture: Drawn | undefined) => string;
  script: string;
}

function handle(request: IncomingMessage, response: ServerResponse, served: Served): void {
  // A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) is not answered.
  const host = request.headers.host ?? '';
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) {
    send(response, 421, 'text/plain; charset=utf-8', 'This server answers only as 127.0.0.1 or localhost.\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'Only GET.\n');
    return;
  }
  const path = (request.url ?? '/').split('?')[0];
  switch (path) {
    case '/':
      send(response, 200, 'text/html; charset=utf-8', served.livePage(served.state(), served.drawn()));
      return;
    case '/live.js':
      send(response, 200, 'text/javascript; charset=utf-8', served.script);
      return;
    case '/picture.svg': {
      const drawn = served.drawn();
      if (drawn) send(response, 200, 'image/svg+xml; charset=utf-8', drawn.svg);
      else send(response, 404, 'text/plain; charset=utf-8', 'No picture yet.\n');
      return;
    }
    case '/events':
      response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(`retry: 1000\nevent: state\ndata: ${JSON.stringify(served.state())}\n\n`);
      served.clients.add(response);
      request.on('close', () => served.clients.delete(response));
      return;
    default:
      send(response, 404, 'text/plain; charset=utf-8', 'Not found.\n');
  }
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(body);
}
