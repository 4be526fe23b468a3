import type { Command } from 'commander';
import type { Runner } from './command.js';
import { EXIT_OK } from '../terminal/errors.js';

export function defineSchema(program: Command, run: Runner): void {
  program
    .command('schema')
    .description('print the JSON Schema of the canvas format (for editors and other tools)')
    .option('--path', 'print the path of the schema file instead of its contents', false)
    .addHelpText('after', '\nExample (VS Code, settings.json): "yaml.schemas": { "<output of bmc schema --path>": "*.bmc.yaml" }')
    .action(
      run(async (options: { path: boolean }) => {
        const { schemaOutput } = await import('../io/schema-file.js');
        const { writeToStdout } = await import('../terminal/stdout.js');
        await writeToStdout(schemaOutput(options.path));
        return EXIT_OK;
      }),
    );
}
