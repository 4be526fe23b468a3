import { describe, expect, it } from 'vitest';
import { normalizeCanvas } from '../../model/normalize.js';
import { focusOnSegment } from './focus.js';

const canvas = normalizeCanvas({
  bmc: 1,
  name: 'Two sides',
  customer_segments: [
    { id: 'readers', name: 'Readers' },
    { id: 'advertisers', name: 'Advertisers' },
  ],
  value_propositions: [
    { name: 'News', segments: ['readers'] },
    { name: 'Reach', segments: ['advertisers'] },
    { name: 'Brand', segments: ['readers', 'advertisers'] },
  ],
  key_resources: ['Newsroom'],
  cost_structure: { driver: 'cost_driven', costs: [{ name: 'Ads team', segments: ['advertisers'] }, 'Rent'] },
});

describe('focusOnSegment', () => {
  it('keeps the segment, what serves it and what is shared', () => {
    const focused = focusOnSegment(canvas, 'readers');
    expect(focused.customer_segments.map((segment) => segment.id)).toEqual(['readers']);
    expect(focused.value_propositions).toEqual([
      { name: 'News', segments: ['readers'] },
      { name: 'Brand', segments: ['readers'] },
    ]);
    expect(focused.key_resources).toEqual([{ name: 'Newsroom' }]);
    expect(focused.cost_structure).toEqual({ driver: 'cost_driven', costs: [{ name: 'Rent' }] });
  });

  it('leaves the canvas it was given alone', () => {
    focusOnSegment(canvas, 'readers');
    expect(canvas.value_propositions[2]).toEqual({ name: 'Brand', segments: ['readers', 'advertisers'] });
  });
});
