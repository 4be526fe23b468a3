import type { Command } from 'commander';

export function defineSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the canvas format (for editors and other tools)')
    .option('--path', 'print the path of the schema file instead of its contents', false)
    .addHelpText('after', '\nExample (VS Code, settings.json): "yaml.schemas": { "<output of bmc schema --path>": "*.bmc.yaml" }')
    .action(async (options: { path: boolean }) => {
      const { schemaOutput } = await import('../io/schema-file.js');
      process.stdout.write(schemaOutput(options.path));
    });
}
