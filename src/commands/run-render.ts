// The render command's work: choose the format, load the canvas, draw it, write it whole.
import { fstatSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import type { RenderFormat, RenderOptions } from './render.js';
import { closest } from '../check/suggest.js';
import { openCanvas } from './open-canvas.js';
import type { Canvas } from '../format/canvas.js';
import { showInvisibleDeep } from '../views/render/escape.js';
import { renderHtml } from '../views/render/html.js';
import type { CanvasLayout } from '../views/render/geometry.js';
import { layoutCanvas } from '../views/render/layout.js';
import { renderSvg } from '../views/render/svg.js';
import { UsageError } from '../terminal/errors.js';
import { sanitizeLine } from '../terminal/sanitize.js';
import { assertWritable, writeFileAtomic } from '../io/atomic-write.js';
import { writeToStdout } from '../terminal/stdout.js';

const EXTENSIONS: Record<string, RenderFormat> = { '.svg': 'svg', '.html': 'html', '.htm': 'html', '.png': 'png', '.pdf': 'pdf' };

export async function runRender(file: string, options: RenderOptions): Promise<void> {
  let output = options.output === '-' ? undefined : options.output;
  const format = chooseFormat(output, options.format);
  if (format !== 'png' && (options.scale !== undefined || options.width !== undefined)) {
    throw new UsageError(`--${options.scale !== undefined ? 'scale' : 'width'} sizes a PNG; add --format png or name the output .png`);
  }
  if (format !== 'pdf' && options.page !== undefined) {
    throw new UsageError('--page chooses the paper of a PDF; add --format pdf or name the output .pdf');
  }
  // SVG text scrolling past on a terminal helps no one; `-o -` says it is wanted all the same.
  if (options.output === undefined && process.stdout.isTTY) {
    throw new UsageError('say where to write the picture: -o canvas.svg, .html, .png or .pdf (or redirect the output to a file)');
  }
  if (output !== undefined) {
    if (isSameFile(output, file)) throw new UsageError(`${output} is the canvas file itself; write the picture to another file`);
    // `-o /dev/stdout` (or the file stdout is redirected to) is standard output: written through
    // the open stream, which works for pipes, sockets and terminals alike, with no message after it.
    if (isSameFile(output, process.stdout)) output = undefined;
    else assertWritable(output, { overwrite: true });
  }

  const loaded = await openCanvas(file);
  if (!loaded) return;
  if (options.segment !== undefined) assertSegment(loaded, options.segment, file);
  // Controls and bidi overrides become visible escapes before layout, so that lines are
  // measured and wrapped as they will be drawn.
  const canvas = showInvisibleDeep(loaded);

  const layout = layoutCanvas(canvas, options.segment === undefined ? {} : { segment: options.segment });
  const text = await draw(layout, format, options);
  if (output === undefined) {
    await writeToStdout(text);
    return;
  }
  writeFileAtomic(output, text, { overwrite: true });
  process.stdout.write(`✔ Wrote ${output}\n`);
}

async function draw(layout: CanvasLayout, format: RenderFormat, options: RenderOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return renderHtml(layout);
    case 'svg':
      return renderSvg(layout, { standalone: true });
    case 'png': {
      // resvg is a native module: loaded only when a PNG is asked for.
      const { renderPng } = await import('../views/render/png.js');
      return renderPng(layout, { ...(options.scale === undefined ? {} : { scale: options.scale }), ...(options.width === undefined ? {} : { width: options.width }) });
    }
    case 'pdf': {
      const { renderPdf } = await import('../views/render/pdf.js');
      return renderPdf(layout, options.page);
    }
  }
}

/**
 * Whether two names (or a name and an open stream) are one file: by name, then by device and
 * inode, which sees through symbolic links, hard links and `..` alike.
 */
function isSameFile(path: string, other: string | NodeJS.WriteStream): boolean {
  if (typeof other === 'string' && resolve(path) === resolve(other)) return true;
  const first = statQuietly(() => statSync(path));
  const second = statQuietly(() => (typeof other === 'string' ? statSync(other) : fstatSync((other as { fd?: number }).fd ?? -1)));
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}

function statQuietly(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** --format wins; otherwise the output's extension decides; standard output gets SVG. */
export function chooseFormat(output: string | undefined, format: RenderFormat | undefined): RenderFormat {
  if (format) return format;
  if (output === undefined) return 'svg';
  const extension = /\.[^./\\]+$/.exec(output)?.[0].toLowerCase();
  const inferred = extension === undefined ? undefined : EXTENSIONS[extension];
  if (!inferred) {
    throw new UsageError(`cannot tell the format from the name ${output}; end it in .svg, .html, .png or .pdf, or add --format`);
  }
  return inferred;
}

function assertSegment(canvas: Canvas, id: string, file: string): void {
  const ids = canvas.customer_segments.map((segment) => segment.id);
  if (ids.includes(id)) return;
  const list = `Its segments: ${ids.join(', ')}`;
  if (id.trim() === '') throw new UsageError(`--segment needs the id of a customer segment of ${file}. ${list}`);
  const suggestion = closest(id, ids);
  // The id is the user's own text, shown back on a terminal: no control characters.
  const problem = `${file} has no customer segment \`${sanitizeLine(id)}\``;
  throw new UsageError(suggestion ? `${problem}; did you mean \`${suggestion}\`? ${list}` : `${problem}. ${list}`);
}
