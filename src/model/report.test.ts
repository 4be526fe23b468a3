import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCanvas, generatedSegmentId } from '../../scripts/bench/generate-canvas.mjs';
import type { Canvas } from '../format/canvas.js';
import { normalizeCanvas } from './normalize.js';
import { checkCanvasText } from './check-canvas.js';
import { buildReport, type SegmentReport } from './report.js';

function canvasOf(text: string): Canvas {
  const checked = checkCanvasText(text);
  if (!checked.canvas) throw new Error(`invalid test canvas: ${JSON.stringify(checked.problems)}`);
  return checked.canvas;
}

function example(name: string): Canvas {
  return canvasOf(readFileSync(new URL(`../../examples/${name}.bmc.yaml`, import.meta.url), 'utf8'));
}

const names = (segment: SegmentReport, key: keyof SegmentReport['blocks']): string[] => segment.blocks[key].map((item) => item.name);

describe('buildReport on the examples', () => {
  it('lists, per segment and block, the items that serve it, shared ones marked, in file order', () => {
    const report = buildReport(example('home-espresso'));
    expect(report.name).toBe('Home Espresso Club');
    expect(report.segments.map((segment) => segment.id)).toEqual(['home-drinkers', 'offices']);
    const [home, offices] = report.segments as [SegmentReport, SegmentReport];
    expect(home.blocks.channels).toEqual([
      { name: 'Online shop', shared: false, status: 'assumed' },
      { name: 'Flagship boutiques', shared: false, status: 'invalidated' },
    ]);
    expect(offices.blocks.channels).toEqual([
      { name: 'Online shop', shared: false, status: 'assumed' },
      { name: 'Office equipment resellers', shared: false, status: 'assumed' },
    ]);
    // Shared and own items interleave as in the file.
    expect(home.blocks.key_activities).toEqual([
      { name: 'Roasting and packing', shared: true, status: 'assumed' },
      { name: 'Brand marketing', shared: false, status: 'assumed' },
    ]);
    expect(offices.blocks.key_activities).toEqual([{ name: 'Roasting and packing', shared: true, status: 'assumed' }]);
    expect(names(home, 'cost_structure')).toEqual(['Manufacturing capsules', 'Boutiques']);
    expect(names(offices, 'cost_structure')).toEqual(['Manufacturing capsules', 'Field service technicians']);
    expect(home.gaps).toEqual([]);
    expect(offices.gaps).toEqual([]);
  });

  it('gives each segment its status and counts how much of what serves it is validated', () => {
    const report = buildReport(example('home-espresso'));
    expect(report.uses_status).toBe(true);
    const [home, offices] = report.segments as [SegmentReport, SegmentReport];
    expect([home.status, offices.status]).toEqual(['validated', 'testing']);
    expect(home.validation).toEqual({ validated: 2, testing: 1, assumed: 11, invalidated: 1, total: 15 });
    expect(offices.validation).toEqual({ validated: 1, testing: 0, assumed: 11, invalidated: 0, total: 12 });
    // A canvas that never gives a status: everything assumed, and the text views leave the marks out.
    const draft = buildReport(example('tool-library'));
    expect(draft.uses_status).toBe(false);
    expect(draft.segments[0]!.validation).toEqual({ validated: 0, testing: 0, assumed: 12, invalidated: 0, total: 12 });
  });

  it('counts as addressed the pains and gains some serving value proposition relieves or creates', () => {
    const [home, offices] = buildReport(example('home-espresso')).segments as [SegmentReport, SegmentReport];
    expect(home.fit).toEqual({ addressed: 4, total: 4 });
    expect(offices.fit).toEqual({ addressed: 2, total: 2 });
    expect(home.profile.pains).toEqual([
      { id: 'messy', text: 'Grinding and cleaning is messy', status: 'validated', severity: 3, addressed_by: ['Café-quality espresso at the push of a button'] },
      { id: 'inconsistent', text: 'Taste varies from cup to cup', status: 'assumed', severity: 4, addressed_by: ['Café-quality espresso at the push of a button'] },
    ]);
    expect(home.profile.gains.map((gain) => gain.addressed_by)).toEqual([
      ['Café-quality espresso at the push of a button'],
      ['A monthly discovery box of new origins'],
    ]);
  });

  it('reports jobs with kind and importance, never counting them in the fit', () => {
    const [, offices] = buildReport(example('home-espresso')).segments as [SegmentReport, SegmentReport];
    expect(offices.profile.jobs).toEqual([{ id: null, text: 'Keep the team happy and focused', status: 'assumed', kind: 'emotional', importance: 4 }]);
    expect(offices.fit.total).toBe(2);
  });

  it('finds the gaps of a draft: missing channels, and revenue only for paying segments', () => {
    const report = buildReport(example('tool-library'));
    expect(report.segments.map((segment) => [segment.id, segment.pays, segment.gaps])).toEqual([
      ['diy-households', true, []],
      ['landlords', true, ['channels', 'revenue_streams']],
      ['makers', false, ['channels']],
    ]);
    expect(report.segments.map((segment) => segment.fit)).toEqual([
      { addressed: 1, total: 2 },
      { addressed: 0, total: 0 },
      { addressed: 0, total: 0 },
    ]);
    const makers = report.segments[2]!;
    expect(makers.blocks.value_propositions).toEqual([{ name: 'Workshops on repairing things', shared: true, status: 'assumed' }]);
    expect(makers.blocks.revenue_streams).toEqual([]);
  });

  it('reads shorthand items as names', () => {
    const [commuters] = buildReport(example('coffee-cart')).segments;
    expect(commuters!.blocks.value_propositions).toEqual([
      { name: 'Barista-quality espresso in under two minutes', shared: true, status: 'assumed' },
      { name: 'Pre-order on the app, skip the queue', shared: true, status: 'assumed' },
    ]);
    expect(names(commuters!, 'cost_structure')).toEqual(['Concession fee', 'Beans, milk and cups', 'Barista wages']);
    expect(commuters!.type).toBe('mass_market');
  });
});

describe('buildReport on hand-made canvases', () => {
  it('gives null for a missing type and lists every block, even empty ones', () => {
    const report = buildReport(normalizeCanvas({ bmc: 1, name: 'Bare', customer_segments: [{ id: 'a', name: 'A' }] }));
    const [segment] = report.segments;
    expect(segment!.type).toBeNull();
    expect(segment!.pays).toBe(true);
    expect(Object.keys(segment!.blocks)).toEqual([
      'value_propositions',
      'channels',
      'customer_relationships',
      'revenue_streams',
      'key_resources',
      'key_activities',
      'key_partnerships',
      'cost_structure',
    ]);
    expect(segment!.gaps).toEqual(['value_propositions', 'channels', 'customer_relationships', 'revenue_streams']);
    expect(segment!.fit).toEqual({ addressed: 0, total: 0 });
    expect(segment!.profile).toEqual({ jobs: [], pains: [], gains: [] });
  });

  it('lists an item once even when it names the segment twice', () => {
    const report = buildReport(
      normalizeCanvas({
        bmc: 1,
        name: 'Twice',
        customer_segments: [{ id: 'a', name: 'A' }],
        channels: [{ name: 'Shop', segments: ['a', 'a'] }],
      }),
    );
    expect(report.segments[0]!.blocks.channels).toEqual([{ name: 'Shop', shared: false, status: 'assumed' }]);
  });

  it("counts only the segment's own pains and gains, addressed only by propositions serving it", () => {
    const report = buildReport(
      normalizeCanvas({
        bmc: 1,
        name: 'Fit',
        customer_segments: [
          { id: 'a', name: 'A', profile: { pains: [{ id: 'pa', text: 'Pain A' }, { text: 'Pain without id' }], gains: [{ id: 'ga', text: 'Gain A' }] } },
          { id: 'b', name: 'B', profile: { pains: [{ id: 'pb', text: 'Pain B' }] } },
        ],
        value_propositions: [
          { name: 'Serves both, relieves A', segments: ['a', 'b'], relieves: ['pa'] },
          { name: 'Shared, creates A', creates: ['ga'] },
          { name: 'Relieves A twice', segments: ['a'], relieves: ['pa', 'pa'] },
        ],
      }),
    );
    const [a, b] = report.segments as [SegmentReport, SegmentReport];
    expect(a.fit).toEqual({ addressed: 2, total: 3 });
    expect(a.profile.pains.map((pain) => pain.addressed_by)).toEqual([['Serves both, relieves A', 'Relieves A twice'], []]);
    expect(a.profile.gains[0]!.addressed_by).toEqual(['Shared, creates A']);
    // B is served by the first proposition, but what it relieves is A's pain.
    expect(b.fit).toEqual({ addressed: 0, total: 1 });
  });
});

describe('buildReport on generated canvases', () => {
  it('matches what the generator promises for every segment', () => {
    const count = 23;
    const report = buildReport(canvasOf(generateCanvas({ segments: count, shared: 6 })));
    expect(report.segments).toHaveLength(count);
    report.segments.forEach((segment, index) => {
      const i = index + 1;
      const previous = i === 1 ? count : i - 1;
      expect(segment.id).toBe(generatedSegmentId(i, count));
      expect(segment.pays).toBe(i % 5 !== 0);
      // Its own two propositions, plus the first one of the segment before it, in file order.
      const own = [`Offer A for segment ${i}`, `Offer B for segment ${i}`];
      const neighbour = `Offer A for segment ${previous}`;
      expect(names(segment, 'value_propositions')).toEqual(i === 1 ? [...own, neighbour] : [neighbour, ...own]);
      expect(names(segment, 'channels')).toEqual(i % 7 === 0 ? [] : [`Shop for segment ${i}`, `Partner for segment ${i}`]);
      expect(names(segment, 'key_resources')).toEqual([`Resource for segment ${i}`, 'Shared resource 1', 'Shared resource 2']);
      expect(names(segment, 'cost_structure')).toEqual([`Cost of segment ${i}`, 'Shared cost 1']);
      expect(segment.gaps).toEqual(i % 7 === 0 ? ['channels'] : []);
      expect(segment.fit).toEqual({ addressed: 2, total: 3 });
    });
  });

  it('keeps file order when shared items come before and after a segment\'s own', () => {
    const report = buildReport(
      normalizeCanvas({
        bmc: 1,
        name: 'Order',
        customer_segments: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
        key_resources: ['First, shared', { name: 'Second, B', segments: ['b'] }, { name: 'Third, A', segments: ['a'] }, 'Fourth, shared'],
      }),
    );
    expect(report.segments.map((segment) => names(segment, 'key_resources'))).toEqual([
      ['First, shared', 'Third, A', 'Fourth, shared'],
      ['First, shared', 'Second, B', 'Fourth, shared'],
    ]);
  });
});
