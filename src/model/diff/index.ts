// `bmc diff`'s model: what changed between two versions of a business model.
export { diffCanvases, isEmptyList } from './diff.js';
export { PROFILE_KEYS } from './types.js';
export type * from './types.js';
