// The diff as a list of marked lines, in reading order: the common skeleton of the text and
// Markdown views, which only differ in how they mark text and draw each line.
import { DIFF_BLOCK_KEYS, PROFILE_KEYS, isEmptyList as isEmpty, type ChangedEntry, type ListDiff, type ChangedSegment } from '../../model/diff/index.js';
import type { DiffDocument } from './document.js';
import { PROFILE_SINGULAR, addedLinks, blockTitle, changeSentences, entryLabel, singular, type DiffStyle } from './wording.js';

/**
 * `detail`: one thing that changed in the entry above; `subject`: a segment whose column
 * follows; `gained`/`lost`: an item now serving it, or no longer.
 */
export type Mark = 'added' | 'removed' | 'changed' | 'moved' | 'detail' | 'subject' | 'gained' | 'lost';

export type DiffLine =
  | { kind: 'heading'; text: string }
  /** `depth` 0 for an entry of a block, 1 for what changed in it, 2 for what changed in a profile entry. */
  | { kind: 'entry'; mark: Mark; depth: number; text: string };

export function diffLines(document: DiffDocument, style: DiffStyle): DiffLine[] {
  const { diff } = document;
  const lines: DiffLine[] = [];
  const entry = (mark: Mark, depth: number, text: string): void => void lines.push({ kind: 'entry', mark, depth, text });

  if (diff.fields.length > 0) {
    lines.push({ kind: 'heading', text: 'Canvas' });
    for (const change of diff.fields) for (const sentence of changeSentences(change, style)) entry('changed', 0, sentence);
  }

  const segments = diff.segments;
  if (!isEmpty(segments)) {
    lines.push({ kind: 'heading', text: blockTitle('customer_segments') });
    listLines(segments, false, style, entry, (changed) => segmentDetails(changed as ChangedSegment, style, entry));
  }

  for (const key of DIFF_BLOCK_KEYS) {
    const block = diff.blocks[key];
    if (isEmpty(block)) continue;
    lines.push({ kind: 'heading', text: blockTitle(key) });
    listLines(block, true, style, entry, (changed) => {
      for (const change of changed.changes) for (const sentence of changeSentences(change, style)) entry('detail', 1, sentence);
    });
  }

  if (diff.columns.length > 0) {
    lines.push({ kind: 'heading', text: 'By segment: what each one gained and lost' });
    for (const column of diff.columns) {
      const status = column.status === 'kept' ? '' : column.status === 'added' ? ' (new segment)' : ' (segment removed)';
      entry('subject', 0, `${entryLabel(column, style)}${status}`);
      for (const key of DIFF_BLOCK_KEYS) {
        const change = column.blocks[key];
        if (!change) continue;
        for (const item of change.gained) entry('gained', 1, `${singular(key)} ${entryLabel(item, style)}`);
        for (const item of change.lost) entry('lost', 1, `${singular(key)} ${entryLabel(item, style)}`);
      }
    }
  }
  return lines;
}

type Emit = (mark: Mark, depth: number, text: string) => void;

/** Removed, added, changed, then moved entries of one list. */
function listLines(list: ListDiff, isItem: boolean, style: DiffStyle, entry: Emit, details: (changed: ChangedEntry) => void): void {
  for (const removed of list.removed) entry('removed', 0, entryLabel(removed, style));
  for (const added of list.added) {
    const links = addedLinks(added.value, isItem, style);
    entry('added', 0, links === '' ? entryLabel(added, style) : `${entryLabel(added, style)}: ${links}`);
  }
  for (const changed of list.changed) {
    entry('changed', 0, entryLabel(changed, style));
    details(changed);
  }
  for (const moved of list.moved) entry('moved', 0, `${entryLabel(moved, style)}: moved from ${moved.old_position} to ${moved.new_position}`);
}

function segmentDetails(segment: ChangedSegment, style: DiffStyle, entry: Emit): void {
  for (const change of segment.changes) for (const sentence of changeSentences(change, style)) entry('detail', 1, sentence);
  for (const key of PROFILE_KEYS) {
    const list = segment.profile[key];
    if (!list) continue;
    const what = PROFILE_SINGULAR[key];
    for (const removed of list.removed) entry('removed', 1, `${what} ${entryLabel(removed, style)}`);
    for (const added of list.added) entry('added', 1, `${what} ${entryLabel(added, style)}`);
    for (const changed of list.changed) {
      entry('changed', 1, `${what} ${entryLabel(changed, style)}`);
      for (const change of changed.changes) for (const sentence of changeSentences(change, style)) entry('detail', 2, sentence);
    }
    for (const moved of list.moved) entry('moved', 1, `${what} ${entryLabel(moved, style)}: moved from ${moved.old_position} to ${moved.new_position}`);
  }
}
