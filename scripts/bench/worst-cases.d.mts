/** Canvases that stress one path each, growing linearly with n; see worst-cases.mjs. */
export function misspeltReferences(n: number): string;
export function unknownKeys(n: number): string;
export function manyItems(n: number): string;
export function manySegments(n: number): string;
