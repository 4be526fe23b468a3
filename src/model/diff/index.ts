// `bmc diff`'s model: what changed between two versions of a business model.
export { diffCanvases, isEmptyList } from './diff.js';
export { DIFF_BLOCK_KEYS, PROFILE_KEYS } from './types.js';
export type * from './types.js';
