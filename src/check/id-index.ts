// Every id declared in a canvas, with what it names and where: the basis of the reference checks.
import type { Canvas } from '../format/canvas.js';
import { anyBlockInfo, itemListPath, itemLists, withArticle, type ItemBlockKey, type LeanBlockKey } from '../format/blocks.js';
import type { PathSegment } from '../load/locate.js';

export type IdKind = 'segment' | 'job' | 'pain' | 'gain' | ItemBlockKey | LeanBlockKey;

export interface DeclaredId {
  id: string;
  kind: IdKind;
  /** Path of the `id` value. */
  path: PathSegment[];
  /** For jobs, pains and gains: the id of the segment whose profile holds them. */
  segmentId?: string;
}

export function declaredIds(canvas: Canvas): DeclaredId[] {
  const ids: DeclaredId[] = [];
  canvas.customer_segments.forEach((segment, index) => {
    if (segment.id !== '') ids.push({ id: segment.id, kind: 'segment', path: ['customer_segments', index, 'id'] });
    for (const kind of ['jobs', 'pains', 'gains'] as const) {
      segment.profile?.[kind]?.forEach((entry, entryIndex) => {
        if (typeof entry.id === 'string') {
          ids.push({
            id: entry.id,
            kind: kind.slice(0, -1) as IdKind,
            path: ['customer_segments', index, 'profile', kind, entryIndex, 'id'],
            segmentId: segment.id,
          });
        }
      });
    }
  });
  for (const { key, items } of itemLists(canvas)) {
    const base = itemListPath(key);
    items.forEach((item, index) => {
      if (typeof item.id === 'string') ids.push({ id: item.id, kind: key, path: [...base, index, 'id'] });
    });
  }
  return ids;
}

/** What a declared id is of, in words; the blocks' own names for items. */
const PROFILE_WORDS: Partial<Record<IdKind, string>> = { segment: 'customer segment', job: 'job', pain: 'pain', gain: 'gain' };

export function describeKind(kind: IdKind): string {
  return withArticle(PROFILE_WORDS[kind] ?? anyBlockInfo(kind as ItemBlockKey | LeanBlockKey).singular);
}
