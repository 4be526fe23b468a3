// What an edit is about: a segment, an item of one of the eight blocks, or a job, pain or gain of
// a segment's profile; found by id, or by name (text, for profile entries) for things without one.
import { declaredIds } from '../check/id-index.js';
import { closest } from '../check/suggest.js';
import { anyBlockInfo, itemListPath, itemLists, itemsOf, LEAN_BLOCKS, leanItemsOf, type ItemBlockKey, type LeanBlockKey } from '../format/blocks.js';
import type { Canvas, CanvasItem, CustomerSegment, Gain, Job, Pain } from '../format/canvas.js';
import type { PathSegment } from '../load/locate.js';

export const PROFILE_LISTS = ['jobs', 'pains', 'gains'] as const;
export type ProfileList = (typeof PROFILE_LISTS)[number];

/** A list of items: one of the eight blocks, or a Lean Canvas block. */
export type ItemListKey = ItemBlockKey | LeanBlockKey;

export type Target =
  | { kind: 'segment'; index: number }
  | { kind: 'item'; block: ItemListKey; index: number }
  | { kind: 'entry'; segment: number; list: ProfileList; index: number };

/** The path of the target's node in the document. */
export function targetPath(target: Target): PathSegment[] {
  switch (target.kind) {
    case 'segment':
      return ['customer_segments', target.index];
    case 'item':
      return [...blockListPath(target.block), target.index];
    case 'entry':
      return ['customer_segments', target.segment, 'profile', target.list, target.index];
  }
}

/** The path of a block's list of items (for cost structure, its costs). */
export function blockListPath(block: ItemListKey): PathSegment[] {
  return itemListPath(block);
}

/** The items of a list (empty for a Lean Canvas block the canvas does not have). */
export function itemsIn(canvas: Canvas, key: ItemListKey): readonly CanvasItem[] {
  return isLeanBlock(key) ? leanItemsOf(canvas, key) : itemsOf(canvas, key);
}

/** "channel", "key metric": one item of the list, in messages. */
export function itemNoun(key: ItemListKey): string {
  return anyBlockInfo(key).singular;
}

function isLeanBlock(key: ItemListKey): key is LeanBlockKey {
  return LEAN_BLOCKS.some((block) => block.key === key);
}

/** How the target reads in messages: `channel “Online shop”`, `segment Small offices (offices)`. */
export function describeTarget(canvas: Canvas, target: Target): string {
  const name = targetName(canvas, target);
  const id = targetId(canvas, target);
  if (target.kind === 'segment') return `segment ${name} (${id})`;
  return `${targetNoun(target)} “${name}”${id ? ` (${id})` : ''}`;
}

/** "segment", "channel", "pain": what kind of thing the target is, in messages. */
export function targetNoun(target: Target): string {
  switch (target.kind) {
    case 'segment':
      return 'segment';
    case 'item':
      return itemNoun(target.block);
    case 'entry':
      return target.list.slice(0, -1);
  }
}

/** The id a target declares, if any. */
export function targetId(canvas: Canvas, target: Target): string | undefined {
  return targetValue(canvas, target).id;
}

/** The segment, item, job, pain or gain a target names. */
export function targetValue(canvas: Canvas, target: Target): CustomerSegment | CanvasItem | Job | Pain | Gain {
  switch (target.kind) {
    case 'segment':
      return canvas.customer_segments[target.index]!;
    case 'item':
      return itemsIn(canvas, target.block)[target.index]!;
    case 'entry':
      return canvas.customer_segments[target.segment]!.profile![target.list]![target.index]!;
  }
}

/** Every segment with its jobs, pains and gains, then every item of every list, in the file's order. */
export function allTargets(canvas: Canvas): Target[] {
  const targets: Target[] = [];
  canvas.customer_segments.forEach((segment, index) => {
    targets.push({ kind: 'segment', index });
    for (const list of PROFILE_LISTS) {
      segment.profile?.[list]?.forEach((_, entry) => targets.push({ kind: 'entry', segment: index, list, index: entry }));
    }
  });
  for (const { key, items } of itemLists(canvas)) items.forEach((_, index) => targets.push({ kind: 'item', block: key, index }));
  return targets;
}

/** A segment's or item's name, a job's, pain's or gain's text. */
export function targetName(canvas: Canvas, target: Target): string {
  const value = targetValue(canvas, target);
  return 'text' in value ? value.text : value.name;
}

/** The targets an id names (one at most in a valid canvas), else those with that exact name or text. */
export function findTargets(canvas: Canvas, reference: string): Target[] {
  const targets = allTargets(canvas);
  const byId = targets.filter((target) => reference !== '' && targetId(canvas, target) === reference);
  if (byId.length > 0) return byId;
  return targets.filter((target) => targetName(canvas, target) === reference);
}

/** The id or name closest to a reference that found nothing. */
export function closestReference(canvas: Canvas, reference: string): string | undefined {
  const names = [
    ...declaredIds(canvas).map((declared) => declared.id),
    ...canvas.customer_segments.map((segment) => segment.name),
    ...itemLists(canvas).flatMap(({ items }) => items.map((item) => item.name)),
  ];
  return closest(reference, names);
}

/** How many times an id is named in `segments`, `depends_on`, `relieves` and `creates`. */
export function referencesTo(canvas: Canvas, id: string): number {
  let count = 0;
  const tally = (ids: readonly string[] | undefined): void => {
    for (const each of ids ?? []) if (each === id) count += 1;
  };
  for (const segment of canvas.customer_segments) tally(segment.depends_on);
  for (const { items } of itemLists(canvas)) for (const item of items) tally(item.segments);
  for (const proposition of canvas.value_propositions) {
    tally(proposition.relieves);
    tally(proposition.creates);
  }
  return count;
}
