import { describe, expect, it } from 'vitest';
import { normalizeCanvas } from '../normalize.js';
import { diffCanvases } from './diff.js';
import { movedPairs } from './match.js';

/** A canvas from the parts given, with segments a and b unless told otherwise. */
function canvas(parts: Record<string, unknown>) {
  return normalizeCanvas({ bmc: 1, name: 'Test', customer_segments: [segment('a'), segment('b')], ...parts });
}

/** Segment `a` is named "Segment A". */
function segment(id: string) {
  return { id, name: `Segment ${id.toUpperCase()}` };
}

describe('diffCanvases: matching', () => {
  it('renames a shorthand item when it is the only one that went and the only one that came', () => {
    const diff = diffCanvases(canvas({ key_resources: ['Platform', 'Network'] }), canvas({ key_resources: ['Platform', 'Community'] }));
    expect(diff.blocks.key_resources.changed).toEqual([
      expect.objectContaining({ name: 'Community', old_name: 'Network', matched_by: 'rename', changes: [{ field: 'name', old: 'Network', new: 'Community' }] }),
    ]);
    expect(diff.blocks.key_resources.added).toEqual([]);
  });

  it('does not guess: two names gone and two new ones are removals and additions', () => {
    const diff = diffCanvases(canvas({ key_resources: ['Platform', 'Network', 'Brand'] }), canvas({ key_resources: ['Platform', 'Community', 'Trust'] }));
    expect(diff.blocks.key_resources.removed.map((entry) => entry.name)).toEqual(['Network', 'Brand']);
    expect(diff.blocks.key_resources.added.map((entry) => entry.name)).toEqual(['Community', 'Trust']);
    expect(diff.blocks.key_resources.changed).toEqual([]);
  });

  it('does not call it a rename when something else changed too', () => {
    const diff = diffCanvases(
      canvas({ channels: [{ name: 'Flyers', type: 'direct' }] }),
      canvas({ channels: [{ name: 'Leaflets', type: 'indirect' }] }),
    );
    expect(diff.blocks.channels.removed.map((entry) => entry.name)).toEqual(['Flyers']);
    expect(diff.blocks.channels.added.map((entry) => entry.name)).toEqual(['Leaflets']);
  });

  it('treats two different ids as two items, even with the same name', () => {
    const diff = diffCanvases(canvas({ channels: [{ id: 'ads', name: 'Ads' }] }), canvas({ channels: [{ id: 'ads-2', name: 'Ads' }] }));
    expect(diff.blocks.channels.removed.map((entry) => entry.id)).toEqual(['ads']);
    expect(diff.blocks.channels.added.map((entry) => entry.id)).toEqual(['ads-2']);
  });

  it('matches an item that gained an id by its name, and reports the new id', () => {
    const diff = diffCanvases(canvas({ channels: ['Ads'] }), canvas({ channels: [{ id: 'ads', name: 'Ads' }] }));
    expect(diff.blocks.channels.changed).toEqual([
      expect.objectContaining({ id: 'ads', matched_by: 'name', changes: [{ field: 'id', old: null, new: 'ads' }] }),
    ]);
  });

  it('pairs items of the same name in order', () => {
    const diff = diffCanvases(
      canvas({ channels: [{ name: 'Ads', type: 'direct' }, { name: 'Ads', type: 'indirect' }] }),
      canvas({ channels: [{ name: 'Ads', type: 'direct' }, { name: 'Ads', type: 'direct' }] }),
    );
    expect(diff.blocks.channels.changed).toEqual([
      expect.objectContaining({ old_position: 2, new_position: 2, changes: [{ field: 'type', old: 'indirect', new: 'direct' }] }),
    ]);
  });
});

describe('diffCanvases: what counts', () => {
  it('ignores the order of items and of ids in a list, shorthand and explicit defaults', () => {
    const before = canvas({ channels: ['Ads', { name: 'Shop', segments: ['a', 'b'] }] });
    const after = canvas({
      customer_segments: [{ ...segment('b'), pays: true }, segment('a')],
      channels: [{ name: 'Shop', segments: ['b', 'a'] }, { name: 'Ads' }],
      cost_structure: { costs: [] },
    });
    const diff = diffCanvases(before, after);
    expect(diff.same).toBe(true);
    expect(diff.summary.line).toBe('No changes: the two models are the same');
  });

  it('counts a new order only with the order option, and reports the one entry that moved', () => {
    const before = canvas({ channels: ['A', 'B', 'C', 'D'] });
    const after = canvas({ channels: ['D', 'A', 'B', 'C'] });
    expect(diffCanvases(before, after).same).toBe(true);
    const ordered = diffCanvases(before, after, { order: true });
    expect(ordered.same).toBe(false);
    expect(ordered.blocks.channels.moved).toEqual([{ id: null, name: 'D', old_position: 4, new_position: 1 }]);
    expect(ordered.summary.line).toBe('1 item moved');
  });

  it('reports a shared item that now names its segments, and what each segment lost', () => {
    const diff = diffCanvases(canvas({ channels: ['Ads'] }), canvas({ channels: [{ name: 'Ads', segments: ['a'] }] }));
    expect(diff.blocks.channels.changed[0]!.changes).toEqual([{ field: 'segments', old: null, new: ['a'], added: ['a'], removed: [] }]);
    expect(diff.columns).toEqual([{ id: 'b', name: 'Segment B', status: 'kept', blocks: { channels: { gained: [], lost: [{ id: null, name: 'Ads' }] } } }]);
  });

  it('gives a new segment its whole column, shared items included, and a removed one loses its own', () => {
    const before = canvas({ channels: ['Shared', { name: 'For A', segments: ['a'] }] });
    const after = canvas({ customer_segments: [segment('b'), segment('c')], channels: ['Shared', { name: 'For C', segments: ['c'] }] });
    const diff = diffCanvases(before, after);
    expect(diff.columns).toEqual([
      { id: 'c', name: 'Segment C', status: 'added', blocks: { channels: { gained: [{ id: null, name: 'Shared' }, { id: null, name: 'For C' }], lost: [] } } },
      { id: 'a', name: 'Segment A', status: 'removed', blocks: { channels: { gained: [], lost: [{ id: null, name: 'Shared' }, { id: null, name: 'For A' }] } } },
    ]);
    expect(diff.summary.line).toBe('1 segment added, 1 removed, 1 item added, 1 removed');
  });

  it('compares nested fields one by one and lists of strings entry by entry', () => {
    const diff = diffCanvases(
      canvas({ revenue_streams: [{ name: 'Fees', amount: { value: 1, currency: 'EUR' }, 'x-note': { a: 1 } }], channels: [{ name: 'Shop', phases: ['awareness', 'purchase'] }] }),
      canvas({ revenue_streams: [{ name: 'Fees', amount: { value: 2, currency: 'EUR' }, 'x-note': { a: 2 } }], channels: [{ name: 'Shop', phases: ['purchase', 'delivery'] }] }),
    );
    expect(diff.blocks.revenue_streams.changed[0]!.changes).toEqual([
      { field: 'amount.value', old: 1, new: 2 },
      { field: 'x-note.a', old: 1, new: 2 },
    ]);
    expect(diff.blocks.channels.changed[0]!.changes).toEqual([
      { field: 'phases', old: ['awareness', 'purchase'], new: ['purchase', 'delivery'], added: ['delivery'], removed: ['awareness'] },
    ]);
  });
});

describe('movedPairs', () => {
  it('keeps a longest run in order and reports the rest', () => {
    const pairs = [3, 0, 1, 2].map((newIndex, oldIndex) => ({ oldIndex, newIndex, by: 'id' as const }));
    expect(movedPairs(pairs).map((pair) => pair.oldIndex)).toEqual([0]);
    expect(movedPairs([])).toEqual([]);
  });
});

describe('diffCanvases: status, evidence, sizes and the Lean Canvas blocks', () => {
  const evidence = { date: '2026-11-02', method: 'interview', result: 'supports', note: '12 of 15 would pay' };

  it('takes an absent status as assumed, and a size of 5000 as {count: 5000}', () => {
    const before = canvas({ customer_segments: [{ ...segment('a'), size: 5000 }], channels: ['Ads'] });
    const after = canvas({ customer_segments: [{ ...segment('a'), status: 'assumed', size: { count: 5000 } }], channels: [{ name: 'Ads', status: 'assumed' }] });
    expect(diffCanvases(before, after).same).toBe(true);
  });

  it('reports evidence entries added and removed, whatever their order and key order', () => {
    const other = { date: '2026-11-09', method: 'survey', result: 'refutes', note: 'too expensive' };
    const before = canvas({ channels: [{ name: 'Ads', evidence: [evidence, other] }] });
    const after = canvas({ channels: [{ name: 'Ads', status: 'validated', evidence: [{ ...other }, { note: evidence.note, result: 'supports', method: 'interview', date: '2026-11-02' }, { ...evidence, date: '2026-11-20' }] }] });
    expect(diffCanvases(before, after).blocks.channels.changed[0]!.changes).toEqual([
      { field: 'status', old: 'assumed', new: 'validated' },
      { field: 'evidence', old: [evidence, other], new: expect.any(Array), added: [{ ...evidence, date: '2026-11-20' }], removed: [] },
    ]);
  });

  it('compares key_metrics and unfair_advantage as blocks, with what each segment gained', () => {
    const diff = diffCanvases(canvas({ key_metrics: ['Bookings a week'] }), canvas({ key_metrics: ['Bookings a week', { name: 'Repeat guests', segments: ['a'] }] }));
    expect(diff.blocks.key_metrics.added).toEqual([{ id: null, name: 'Repeat guests', position: 2, value: { name: 'Repeat guests', segments: ['a'] } }]);
    expect(diff.blocks.unfair_advantage).toEqual({ added: [], removed: [], changed: [], moved: [] });
    expect(diff.columns).toEqual([{ id: 'a', name: 'Segment A', status: 'kept', blocks: { key_metrics: { gained: [{ id: null, name: 'Repeat guests' }], lost: [] } } }]);
    expect(diff.summary.line).toBe('1 item added');
  });
});
