// `bmc render <file>`: draw the canvas as SVG, HTML, PNG or PDF, to a file (written whole, or not
// at all) or to standard output.
import { fstatSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import type { Canvas } from '../format/canvas.js';
import { openCanvas } from './open-canvas.js';
import { assertSegmentId } from './segment-option.js';
import { assertWritable, writeFileAtomic } from '../io/atomic-write.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../terminal/errors.js';
import { writeToStdout } from '../terminal/stdout.js';
import { CANVAS_WIDTH, MAX_PNG_SIDE, PAGE_NAMES, RENDER_FORMATS, VIEW_NAMES, type DrawOptions, type RenderFormat } from '../views/render/formats.js';
import { fileOperand } from './file-operand.js';

export interface RenderOptions extends DrawOptions {
  output?: string;
  format?: RenderFormat;
  watch?: boolean;
  serve?: boolean;
  port?: number;
}

const EXTENSIONS: Record<string, RenderFormat> = { '.svg': 'svg', '.html': 'html', '.htm': 'html', '.png': 'png', '.pdf': 'pdf' };

export function defineRender(program: Command, run: Runner): void {
  program
    .command('render')
    .description('draw a canvas as a picture: an SVG or PNG image, a one-page PDF, or a web page that prints on one landscape page')
    .argument('<file>', 'the canvas file', fileOperand)
    .option('-o, --output <path>', 'write to this file (.svg, .html, .png or .pdf); without it, the picture goes to standard output')
    .addOption(
      new Option('-f, --format <format>', 'svg, html, png or pdf (default: from the --output name, else svg)').choices(RENDER_FORMATS),
    )
    .addOption(
      new Option('--view <view>', 'canvas: the Business Model Canvas (default); profile: the Value Proposition Canvas of the --segment').choices(VIEW_NAMES),
    )
    .option('-s, --segment <id>', 'show only what serves this customer segment, plus what all segments share; with --view profile, the segment to draw')
    .option('--scale <factor>', 'PNG only: pixels per unit of the 1600-wide canvas (default 1; 2 for a sharp slide)', parseScale)
    .option('--width <pixels>', 'PNG only: the image width in pixels (the height follows)', parseWidth)
    .addOption(new Option('--page <size>', 'PDF only: the paper, landscape (default a4)').choices(PAGE_NAMES))
    .option('-w, --watch', 'draw again on every save of the file, until Ctrl+C (needs -o, or --serve)')
    .option('--serve', 'show the picture on a local web page that follows every save (implies --watch)')
    .option('--port <n>', 'with --serve: the port on 127.0.0.1 (default: any free one, printed)', parsePort)
    .addHelpText(
      'after',
      helpAfter(
        [
          [
            'Exit codes: 0 written, 1 the canvas is invalid, 2 usage error or a file that cannot be read or written,',
            '130 --watch or --serve stopped with Ctrl+C.',
          ],
        ],
        [
          'bmc render canvas.bmc.yaml -o canvas.svg',
          'bmc render canvas.bmc.yaml -o canvas.html --segment home-drinkers',
          'bmc render canvas.bmc.yaml -o canvas.png --scale 2',
          'bmc render canvas.bmc.yaml -o canvas.pdf --page letter',
          'bmc render canvas.bmc.yaml -o profile.svg --view profile -s home-drinkers',
          'bmc render canvas.bmc.yaml --format html > canvas.html',
        ],
      ),
    )
    .action(run(render));
}

export async function render(file: string, options: RenderOptions): Promise<number> {
  let output = options.output === '-' ? undefined : options.output;
  const format = chooseFormat(output, options.format);
  if (format !== 'png' && (options.scale !== undefined || options.width !== undefined)) {
    throw new UsageError(`--${options.scale !== undefined ? 'scale' : 'width'} sizes a PNG; add --format png or name the output .png`);
  }
  if (format !== 'pdf' && options.page !== undefined) {
    throw new UsageError('--page chooses the paper of a PDF; add --format pdf or name the output .pdf');
  }
  const live = options.watch === true || options.serve === true;
  if (live && !options.serve && output === undefined) {
    throw new UsageError('--watch draws the picture again on every save: give it a file to rewrite with -o, or add --serve to see it in a browser');
  }
  if (!live && options.port !== undefined) throw new UsageError('--port is the port of --serve; add --serve');
  if (live && file === '-') throw new UsageError('--watch follows a canvas file as it is saved; standard input cannot be watched');
  // SVG text scrolling past on a terminal helps no one; `-o -` says it is wanted all the same.
  if (!live && options.output === undefined && process.stdout.isTTY) {
    throw new UsageError('say where to write the picture: -o canvas.svg, .html, .png or .pdf (or redirect the output to a file)');
  }
  if (output !== undefined) {
    if (isSameFile(output, file)) throw new UsageError(`${output} is the canvas file itself; write the picture to another file`);
    // `-o /dev/stdout` (or the file stdout is redirected to) is standard output: written through
    // the open stream, which works for pipes, sockets and terminals alike, with no message after it.
    if (isSameFile(output, process.stdout)) {
      if (live) throw new UsageError('--watch rewrites a file on every save, not standard output: name a file with -o');
      output = undefined;
    }
    else assertWritable(output, { overwrite: true });
  }

  if (live) {
    const { watchAndRender } = await import('./render-watch.js');
    const assertStart = (canvas: Canvas) => assertPictureOf(canvas, file, options);
    return watchAndRender({ file, format, options, assertStart, ...(output === undefined ? {} : { output }), ...(options.serve ? { port: options.port ?? 0 } : {}) });
  }

  const { startSteps } = await import('../terminal/progress.js');
  // On a terminal, a line says what a long rendering is doing; erased before anything is written.
  const steps = startSteps(`Rendering ${format.toUpperCase()}`);
  try {
    const canvas = await openCanvas(file, steps);
    if (!canvas) return EXIT_INVALID;
    assertPictureOf(canvas, file, options);
    const { drawCanvas } = await import('../views/render/draw.js');
    // SVG and HTML are made as they are written (into the file's temporary copy, or on standard
    // output after the line is erased): the line stays until then.
    const picture = await drawCanvas(canvas, format, options, steps);
    if (output === undefined) await writeToStdout(picture, process.stdout, { beforeFirstWrite: () => steps.done() });
    else writeFileAtomic(output, picture, { overwrite: true });
  } finally {
    steps.done();
  }
  const { fontWarning } = await import('../views/render/draw.js');
  // A character no font here has is drawn as an empty box: say so, and which font package helps.
  const warning = fontWarning();
  if (warning) process.stderr.write(warning);
  if (output !== undefined) process.stdout.write(`✔ Wrote ${output}\n`);
  return EXIT_OK;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || port > 65_535) throw new InvalidArgumentError('give a port number from 0 to 65535 (0: any free port).');
  return port;
}

/** The segment to focus on or to draw is one of the canvas's; the profile view needs one. */
function assertPictureOf(canvas: Canvas, file: string, options: RenderOptions): void {
  if (options.segment !== undefined) assertSegmentId(canvas, options.segment, file);
  else if (options.view === 'profile') {
    throw new UsageError(`--view profile draws one segment: add --segment <id>\nSegment ids: ${canvas.customer_segments.map((segment) => segment.id).join(', ')}`);
  }
}

function parseScale(value: string): number {
  const scale = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(scale > 0) || scale * CANVAS_WIDTH > MAX_PNG_SIDE) {
    throw new InvalidArgumentError(`give a number above 0 and at most ${MAX_PNG_SIDE / CANVAS_WIDTH}, such as 2.`);
  }
  return scale;
}

function parseWidth(value: string): number {
  const width = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || width < 16 || width > MAX_PNG_SIDE) {
    throw new InvalidArgumentError(`give a whole number of pixels from 16 to ${MAX_PNG_SIDE}, such as 3200.`);
  }
  return width;
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
