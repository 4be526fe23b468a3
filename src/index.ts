// bmc as a library: the same core the CLI uses, with no terminal output and no process exits.
//
//   import { loadCanvas, checkCanvas, buildReport } from 'bmc';
//   const result = await loadCanvas('canvas.bmc.yaml');
//   if (result.status === 'checked' && result.canvas) console.log(result.canvas.customer_segments);

export type * from './format/canvas.js';
export type { Problem, Severity, FileReport } from './load/problem.js';
export type { CheckedCanvas, LoadedFile } from './model/check-canvas.js';
export type { ValidationRun } from './model/validate-files.js';
export type { JsonValidationResult } from './views/validation/json.js';
export type { RuleInfo } from './check/rules.js';
export type { BlockInfo, BlockKey, ItemBlockKey } from './format/blocks.js';
export type { CanvasReport, SegmentReport, ReportItem, ReportBlocks, Fit } from './model/report.js';

export { checkCanvasText as checkCanvas, loadCanvasFile as loadCanvas } from './model/check-canvas.js';
export { validateFiles } from './model/validate-files.js';
export { validationResult } from './views/validation/json.js';
export { buildReport } from './model/report.js';
export { RULES } from './check/rules.js';
export { BLOCKS, ITEM_BLOCKS, itemsOf, serves, isShared } from './format/blocks.js';
export { schemaPath } from './io/schema-file.js';
