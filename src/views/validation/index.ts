// The output formats of `bmc validate`, by name. Each is loaded only when asked for, so a
// `--format json` run never loads the terminal styling the stylish format needs.
import type { FileReport } from '../../load/problem.js';
import type { ValidationFormatOptions } from './options.js';

export type ValidationFormatter = (reports: readonly FileReport[], options: ValidationFormatOptions) => string;

export const VALIDATION_FORMATS = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
export type ValidationFormat = (typeof VALIDATION_FORMATS)[number];

export const VALIDATION_FORMATTERS: Record<ValidationFormat, () => Promise<ValidationFormatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).formatGithub,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  junit: async () => (await import('./junit.js')).formatJunit,
};
