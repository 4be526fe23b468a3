// `bmc diff --format json`: the stable shape documented in docs/commands/diff.md. Nothing is
// sanitised (JSON escapes control characters); the characters JSON leaves raw but a terminal
// may act on are written as \u escapes.
import { escapeJsonText } from '../../terminal/sanitize.js';
import type { DiffDocument } from './document.js';

/** Version of the JSON shape; raised only for a change that could break a reader. */
export const DIFF_JSON_VERSION = 1;

export function diffJson(document: DiffDocument): string {
  const { diff } = document;
  const value = {
    bmc_diff: DIFF_JSON_VERSION,
    old: document.old,
    new: document.new,
    same: diff.same,
    summary: diff.summary,
    fields: diff.fields,
    segments: diff.segments,
    blocks: diff.blocks,
    columns: diff.columns,
  };
  return `${escapeJsonText(JSON.stringify(value, null, 2))}\n`;
}
