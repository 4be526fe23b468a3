// The output formats of `bmc validate`, by name.
import type { FileReport } from '../../check/problem.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import type { ValidationFormatOptions } from './options.js';
import { formatStylish } from './stylish.js';

export type ValidationFormatter = (reports: readonly FileReport[], options: ValidationFormatOptions) => string;

export const VALIDATION_FORMATTERS: Record<string, ValidationFormatter> = {
  stylish: formatStylish,
  json: formatJson,
  github: formatGithub,
};
