// bmc as a library: the same core the CLI uses, with no terminal output and no process exits.
//
//   import { loadCanvas, checkCanvas, buildReport } from 'bmc';
//   const result = await loadCanvas('canvas.bmc.yaml');
//   if (result.status === 'checked' && result.canvas) console.log(result.canvas.customer_segments);

export type * from './model/canvas.js';
export type { Problem, Severity, FileReport } from './check/problem.js';
export type { CheckedCanvas, LoadedFile } from './services/check-canvas.js';
export type { ValidationRun } from './services/validate-files.js';
export type { JsonValidationResult } from './formatters/validation/json.js';
export type { RuleInfo } from './check/rules.js';
export type { BlockInfo, BlockKey, ItemBlockKey } from './model/blocks.js';
export type { CanvasReport, SegmentReport, ReportItem, ReportBlocks, Fit } from './services/report.js';

export { checkCanvasText as checkCanvas, loadCanvasFile as loadCanvas } from './services/check-canvas.js';
export { validateFiles } from './services/validate-files.js';
export { validationResult } from './formatters/validation/json.js';
export { buildReport } from './services/report.js';
export { RULES } from './check/rules.js';
export { BLOCKS, ITEM_BLOCKS, itemsOf, serves, isShared } from './model/blocks.js';
export { schemaPath } from './services/schema-file.js';
