import type { Command } from 'commander';

// Placeholder: the real command is being built.
export function defineSchema(program: Command): void {
  program.command('schema').description('(coming soon)');
}
