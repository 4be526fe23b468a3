// Warnings about statuses and evidence: a status nothing backs, evidence that says the opposite,
// an invalidated item the model still rests on, a test dated in the future.
import type { Canvas, CanvasItem, EvidenceEntry } from '../format/canvas.js';
import { itemListPath, itemsOf, type ItemBlockKey } from '../format/blocks.js';
import { eachTestable, singularOf, type TestableEntry } from '../format/testables.js';
import type { PathSegment } from '../load/locate.js';
import { segmentLabel, shorten } from './wording.js';

export type Warn = (rule: string, message: string, path: PathSegment[]) => void;

/** Blocks whose items a segment cannot do without: an invalidated one left alone is a hole. */
const LOAD_BEARING_BLOCKS: readonly ItemBlockKey[] = ['value_propositions', 'channels', 'revenue_streams'];

/** Segments named in a message before "and N more": a long list would drown the message. */
const LISTED_SEGMENTS = 3;

/** `today` is YYYY-MM-DD; passed in so that tests do not depend on the clock. */
export function checkEvidence(canvas: Canvas, today: string, warn: Warn): void {
  for (const entry of eachTestable(canvas)) {
    checkStatus(entry, warn);
    entry.item.evidence?.forEach((evidence, index) => {
      if (typeof evidence.date === 'string' && evidence.date > today) {
        warn(
          'future-evidence',
          `Evidence dated ${evidence.date} is in the future (today is ${today}); write the date the test was done`,
          [...entry.path, 'evidence', index, 'date'],
        );
      }
    });
  }
  for (const key of LOAD_BEARING_BLOCKS) checkStranded(canvas, key, warn);
}

function checkStatus(entry: TestableEntry, warn: Warn): void {
  const { status, evidence = [] } = entry.item;
  if (status !== 'validated' && status !== 'invalidated') return;
  const at = [...entry.path, 'status'];
  if (evidence.length === 0) {
    warn('status-without-evidence', `${subject(entry)} is ${status}, but has no evidence; record the tests in \`evidence\``, at);
    return;
  }
  const against: EvidenceEntry['result'] = status === 'validated' ? 'refutes' : 'supports';
  if (evidence.every((test) => test.result === against)) {
    const all = evidence.length === 1 ? 'its only evidence entry' : `all ${evidence.length} of its evidence entries`;
    warn('evidence-contradicts-status', `${subject(entry)} is ${status}, but ${all} ${against === 'refutes' ? 'refute' : 'support'}${evidence.length === 1 ? 's' : ''} it; check the status`, at);
  }
}

/**
 * An invalidated value proposition, channel or revenue stream whose segments have nothing else in
 * its block that still stands. Linear: what stands is counted once per segment, and shared items
 * (which serve every segment) use one precomputed list.
 */
function checkStranded(canvas: Canvas, key: ItemBlockKey, warn: Warn): void {
  const items = itemsOf(canvas, key);
  const standing = (item: CanvasItem): boolean => item.status !== 'invalidated';
  const sharedStanding = items.some((item) => item.segments === undefined && standing(item));
  const namedStanding = new Set(items.filter(standing).flatMap((item) => item.segments ?? []));
  const segments = canvas.customer_segments.filter((segment) => segment.id !== '');
  const stranded = (id: string): boolean => !sharedStanding && !namedStanding.has(id);
  const strandedEverywhere = segments.filter((segment) => stranded(segment.id));
  const names = new Map(segments.map((segment) => [segment.id, segment.name]));

  items.forEach((item, index) => {
    if (item.status !== 'invalidated') return;
    const left = item.segments === undefined ? strandedEverywhere.map((segment) => segment.id) : item.segments.filter((id) => names.has(id) && stranded(id));
    if (left.length === 0) return;
    const singular = singularOf(key);
    warn(
      'rests-on-invalidated',
      `${capitalise(singular)} "${shorten(item.name)}" is invalidated, yet ${segmentList(left, names)} ${left.length === 1 ? 'has' : 'have'} no other ${singular} that stands; find one, or rethink the segment`,
      [...itemListPath(key), index, 'status'],
    );
  });
}

function segmentList(ids: readonly string[], names: ReadonlyMap<string, string>): string {
  if (ids.length === 1) return `segment ${segmentLabel(ids[0]!, names.get(ids[0]!))}`;
  const listed = ids.slice(0, LISTED_SEGMENTS).map((id) => `\`${id}\``);
  const more = ids.length - listed.length;
  return more > 0 ? `segments ${listed.join(', ')} and ${more} more` : `segments ${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
}

/** `Value proposition "Espresso at home"`, `Segment Small offices (\`offices\`)`, `Pain "Messy" of segment \`home\``. */
function subject(entry: TestableEntry): string {
  if (entry.block === 'customer_segments') return `Segment ${segmentLabel(entry.id ?? '', entry.name)}`;
  const kind = capitalise(singularOf(entry.block));
  const owner = entry.segmentId === undefined ? '' : ` of segment \`${entry.segmentId}\``;
  return `${kind} "${shorten(entry.name)}"${owner}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
