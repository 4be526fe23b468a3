// Canvases at the edges of what `bmc render` must draw well: one segment and a handful of
// items; twelve segments and sixty items with long names, hostile text and notes that serve
// every segment. Plain data, as YAML would give it, for normalizeCanvas or a file.
import { stringify } from 'yaml';

const SEGMENT_NAMES = [
  'Commuters on the morning train',
  'Students living in shared flats',
  'Retired people who like to cook',
  'Small offices of five to fifty people',
  'Hotels and bed-and-breakfasts',
  'Festival organisers',
  'Parents of young children',
  'Cyclists who commute all year',
  'Municipal sports clubs',
  'Tourists on a weekend city break',
  'Night-shift hospital staff',
  'Owners of holiday homes <rented> & "shared"',
];

const PHRASES = [
  'Same-day delivery',
  'A subscription that pauses itself while you are on holiday',
  'Community events every month in every neighbourhood we serve',
  'App',
  'Weekly newsletter with recipes, tips and offers from local producers',
  '<script>alert(1)</script> & friends',
  'Superlongcompoundwordwithoutanyspacesatallthatmustbreak',
  'Loyalty points',
  'Partnership with the regional transport authority for joint tickets',
  'Quality "guaranteed" — or it\'s free',
];

const BLOCK_SIZES: [string, number][] = [
  ['value_propositions', 10],
  ['channels', 8],
  ['customer_relationships', 7],
  ['revenue_streams', 8],
  ['key_resources', 6],
  ['key_activities', 7],
  ['key_partnerships', 6],
  ['cost_structure', 8],
];

/** Twelve segments, sixty items: long and short names, shared items, items serving 1, 2, 3 and all 12 segments. */
export function largeCanvasData(): Record<string, unknown> {
  const ids = SEGMENT_NAMES.map((_, index) => `segment-${index + 1}`);
  const data: Record<string, unknown> = {
    bmc: 1,
    name: 'Regional Food Cooperative with a Very Long Name That Needs More Than One Line on the Canvas',
    description:
      'A cooperative that buys from local farms and sells to twelve kinds of customers, through shops, an app and ' +
      'partners; this description is long on purpose so that it wraps onto a second line under the title & stays <escaped>.',
    date: '2026-12-01',
    customer_segments: SEGMENT_NAMES.map((name, index) => ({
      id: ids[index],
      name,
      type: index % 2 === 0 ? 'segmented' : 'niche',
      ...(index === 3 ? { pays: false } : {}),
    })),
  };
  let counter = 0;
  for (const [block, size] of BLOCK_SIZES) {
    const items = Array.from({ length: size }, (_, index) => {
      counter += 1;
      const name = `${PHRASES[counter % PHRASES.length]} ${counter}`;
      const pattern = counter % 5;
      const segments =
        pattern === 0 ? undefined : pattern === 1 ? [ids[counter % 12]] : pattern === 2 ? [ids[counter % 12], ids[(counter + 5) % 12]] : pattern === 3 ? ids : [ids[counter % 12], ids[(counter + 1) % 12], ids[(counter + 7) % 12]];
      const item: Record<string, unknown> = { name, ...(segments ? { segments } : {}) };
      if (block === 'revenue_streams') Object.assign(item, { type: 'subscription', pricing: 'list_price', amount: { value: 12.5 + index, currency: 'EUR', per: 'month' } });
      if (block === 'channels') Object.assign(item, { type: 'indirect', owner: 'partner' });
      if (block === 'value_propositions') item.products = ['boxes', 'app', 'delivery'];
      return item;
    });
    data[block] = block === 'cost_structure' ? { driver: 'cost_driven', costs: items } : items;
  }
  return data;
}

/** One segment, a few items: the smallest canvas that still fills every block. */
export function smallCanvasData(): Record<string, unknown> {
  return {
    bmc: 1,
    name: 'Solo',
    customer_segments: [{ id: 'only', name: 'Everyone' }],
    value_propositions: ['Tea'],
    channels: ['Stall'],
    customer_relationships: ['Chat'],
    revenue_streams: ['Cups'],
    key_resources: ['Kettle'],
    key_activities: ['Brewing'],
    key_partnerships: ['Farm'],
    cost_structure: { costs: ['Leaves'] },
  };
}

export function toYaml(data: Record<string, unknown>): string {
  return stringify(data, { lineWidth: 0 });
}
