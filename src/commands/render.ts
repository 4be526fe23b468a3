import { InvalidArgumentError, Option, type Command } from 'commander';

export const RENDER_FORMATS = ['svg', 'html', 'png', 'pdf'] as const;
export const PAGE_CHOICES = ['a4', 'letter'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
  output?: string;
  format?: RenderFormat;
  segment?: string;
  scale?: number;
  width?: number;
  page?: (typeof PAGE_CHOICES)[number];
}

/** A PNG larger than this (in either direction) is more than any wall or screen needs. */
export const MAX_PNG_SIDE = 16_000;

function parseScale(value: string): number {
  const scale = Number(value);
  if (!/^\s*\d*\.?\d+\s*$/.test(value) || !(scale > 0) || scale * 1600 > MAX_PNG_SIDE) {
    throw new InvalidArgumentError(`give a number above 0 and at most ${MAX_PNG_SIDE / 1600}, such as 2.`);
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

export function defineRender(program: Command): void {
  program
    .command('render')
    .description('draw a canvas as a picture: an SVG or PNG image, a one-page PDF, or a web page that prints on one landscape page')
    .argument('<file>', 'the canvas file')
    .option('-o, --output <path>', 'write to this file (.svg, .html, .png or .pdf); without it, the picture goes to standard output')
    .addOption(
      new Option('-f, --format <format>', 'svg, html, png or pdf (default: from the --output name, else svg)').choices(RENDER_FORMATS),
    )
    .option('-s, --segment <id>', 'show only what serves this customer segment, plus what all segments share')
    .option('--scale <factor>', 'PNG only: pixels per unit of the 1600-wide canvas (default 1; 2 for a sharp slide)', parseScale)
    .option('--width <pixels>', 'PNG only: the image width in pixels (the height follows)', parseWidth)
    .addOption(new Option('--page <size>', 'PDF only: the paper, landscape (default a4)').choices(PAGE_CHOICES))
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 the canvas is invalid, 2 usage error or a file that cannot be read or written.\n' +
        'Examples:\n' +
        '  bmc render canvas.bmc.yaml -o canvas.svg\n' +
        '  bmc render canvas.bmc.yaml -o canvas.html --segment home-drinkers\n' +
        '  bmc render canvas.bmc.yaml -o canvas.png --scale 2\n' +
        '  bmc render canvas.bmc.yaml -o canvas.pdf --page letter\n' +
        '  bmc render canvas.bmc.yaml --format html > canvas.html',
    )
    .action(async (file: string, options: RenderOptions) => {
      const { runRender } = await import('./run-render.js');
      await runRender(file, options);
    });
}
