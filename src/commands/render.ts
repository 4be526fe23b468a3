import { Option, type Command } from 'commander';

export const RENDER_FORMATS = ['svg', 'html'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

export interface RenderOptions {
  output?: string;
  format?: RenderFormat;
  segment?: string;
}

export function defineRender(program: Command): void {
  program
    .command('render')
    .description('draw a canvas as a picture: an SVG image or a web page that prints on one landscape page')
    .argument('<file>', 'the canvas file')
    .option('-o, --output <path>', 'write to this file (.svg or .html); without it, the picture goes to standard output')
    .addOption(new Option('-f, --format <format>', 'svg or html (default: from the --output name, else svg)').choices(RENDER_FORMATS))
    .option('-s, --segment <id>', 'show only what serves this customer segment, plus what all segments share')
    .addHelpText(
      'after',
      '\nExit codes: 0 written, 1 the canvas is invalid, 2 usage error or a file that cannot be read or written.\n' +
        'Examples:\n' +
        '  bmc render canvas.bmc.yaml -o canvas.svg\n' +
        '  bmc render canvas.bmc.yaml -o canvas.html --segment home-drinkers\n' +
        '  bmc render canvas.bmc.yaml --format html > canvas.html',
    )
    .action(async (file: string, options: RenderOptions) => {
      const { runRender } = await import('../services/run-render.js');
      await runRender(file, options);
    });
}
