// The render command's work: choose the format, load the canvas, draw it, write it whole.
import { resolve } from 'node:path';
import type { RenderFormat, RenderOptions } from '../commands/render.js';
import { closest } from '../check/suggest.js';
import { openCanvas } from '../commands/open-canvas.js';
import type { Canvas } from '../model/canvas.js';
import { renderHtml } from '../render/html.js';
import { layoutCanvas } from '../render/layout.js';
import { renderSvg } from '../render/svg.js';
import { UsageError } from '../terminal/errors.js';
import { assertWritable, writeFileAtomic } from './atomic-write.js';
import { writeToStdout } from '../terminal/stdout.js';

const EXTENSIONS: Record<string, RenderFormat> = { '.svg': 'svg', '.html': 'html', '.htm': 'html' };

export async function runRender(file: string, options: RenderOptions): Promise<void> {
  const output = options.output === '-' ? undefined : options.output;
  const format = chooseFormat(output, options.format);
  // SVG text scrolling past on a terminal helps no one; `-o -` says it is wanted all the same.
  if (options.output === undefined && process.stdout.isTTY) {
    throw new UsageError('say where to write the picture: -o canvas.svg or -o canvas.html (or redirect the output to a file)');
  }
  if (output !== undefined) {
    if (resolve(output) === resolve(file)) throw new UsageError(`${output} is the canvas file itself; write the picture to another file`);
    assertWritable(output, { overwrite: true });
  }

  const canvas = await openCanvas(file);
  if (!canvas) return;
  if (options.segment !== undefined) assertSegment(canvas, options.segment, file);

  const layout = layoutCanvas(canvas, options.segment === undefined ? {} : { segment: options.segment });
  const text = format === 'html' ? renderHtml(layout) : renderSvg(layout, { standalone: true });
  if (output === undefined) {
    await writeToStdout(text);
    return;
  }
  writeFileAtomic(output, text, { overwrite: true });
  process.stdout.write(`✔ Wrote ${output}\n`);
}

/** --format wins; otherwise the output's extension decides; standard output gets SVG. */
export function chooseFormat(output: string | undefined, format: RenderFormat | undefined): RenderFormat {
  if (format) return format;
  if (output === undefined) return 'svg';
  const extension = /\.[^./\\]+$/.exec(output)?.[0].toLowerCase();
  const inferred = extension === undefined ? undefined : EXTENSIONS[extension];
  if (!inferred) {
    throw new UsageError(`cannot tell the format from the name ${output}; end it in .svg or .html, or add --format svg or --format html`);
  }
  return inferred;
}

function assertSegment(canvas: Canvas, id: string, file: string): void {
  const ids = canvas.customer_segments.map((segment) => segment.id);
  if (ids.includes(id)) return;
  const suggestion = closest(id, ids);
  const problem = `${file} has no customer segment \`${id}\``;
  const list = `its segments: ${ids.join(', ')}`;
  throw new UsageError(suggestion ? `${problem}; did you mean \`${suggestion}\`? ${capitalize(list)}` : `${problem}; ${list}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
