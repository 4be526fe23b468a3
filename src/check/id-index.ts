// Every id declared in a canvas, with what it names and where: the basis of the reference checks.
import type { Canvas } from '../format/canvas.js';
import { itemListPath, itemLists, type ItemBlockKey, type LeanBlockKey } from '../format/blocks.js';
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

const KIND_WORDS: Record<IdKind, string> = {
  segment: 'a customer segment',
  job: 'a job',
  pain: 'a pain',
  gain: 'a gain',
  value_propositions: 'a value proposition',
  channels: 'a channel',
  customer_relationships: 'a customer relationship',
  revenue_streams: 'a revenue stream',
  key_resources: 'a key resource',
  key_activities: 'a key activity',
  key_partnerships: 'a key partnership',
  cost_structure: 'a cost',
  key_metrics: 'a key metric',
  unfair_advantage: 'an unfair advantage',
};

export function describeKind(kind: IdKind): string {
  return KIND_WORDS[kind];
}
