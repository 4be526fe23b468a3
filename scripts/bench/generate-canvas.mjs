// Generates a valid canvas of any size, for `bmc report` tests and benchmarks.
//
// Segment i (id `seg-<i>`, 1-based, zero-padded) gets about ten items of its own:
// - two value propositions: `vp-<i>-a` serves it and the next segment, relieves its first pain
//   and creates its gain; `vp-<i>-b` serves it alone;
// - two channels, except every 7th segment (i % 7 === 0), which has none: a gap;
// - a customer relationship; a revenue stream unless it does not pay (every 5th, i % 5 === 0);
// - a key resource, a key activity, a key partnership and a cost.
// Its profile has one job, two pains (the second addressed by nothing) and one gain, so its
// fit is always 2 of 3. `shared` more items name no segments and so serve every segment.
// Plain JavaScript so the benchmark can run it with Node alone.

const TYPES = ['mass_market', 'niche', 'segmented', 'diversified', 'multi_sided'];

/** The YAML text of the canvas. */
export function generateCanvas({ segments = 20, shared = 5, name = 'Generated canvas' } = {}) {
  const width = String(segments).length;
  const id = (index) => `seg-${String(index).padStart(width, '0')}`;
  const next = (index) => (index % segments) + 1;
  const lines = ['bmc: 1', `name: ${JSON.stringify(name)}`, 'customer_segments:'];
  for (let i = 1; i <= segments; i += 1) {
    const type = TYPES[(i - 1) % TYPES.length];
    lines.push(
      `  - id: ${id(i)}`,
      `    name: "Segment ${i}"`,
      `    type: ${type}`,
      ...(type === 'multi_sided' && segments > 1 ? [`    depends_on: [${id(next(i))}]`] : []),
      ...(i % 5 === 0 ? ['    pays: false'] : []),
      '    profile:',
      '      jobs:',
      `        - {text: "Job of segment ${i}", kind: functional, importance: ${((i - 1) % 5) + 1}}`,
      '      pains:',
      `        - {id: pain-${i}-a, text: "First pain of segment ${i}", severity: 3}`,
      `        - {id: pain-${i}-b, text: "Second pain of segment ${i}", severity: 2}`,
      '      gains:',
      `        - {id: gain-${i}, text: "Gain of segment ${i}", kind: expected, importance: 4}`,
    );
  }
  const block = (key, itemsOf, sharedCount = 0, sharedName = '') => {
    lines.push(`${key}:`);
    for (let i = 1; i <= segments; i += 1) lines.push(...itemsOf(i));
    for (let s = 1; s <= sharedCount; s += 1) lines.push(`  - name: "Shared ${sharedName} ${s}"`);
  };
  block('value_propositions', (i) => [
    `  - {id: vp-${i}-a, name: "Offer A for segment ${i}", segments: [${[...new Set([id(i), id(next(i))])].join(', ')}], relieves: [pain-${i}-a], creates: [gain-${i}]}`,
    `  - {id: vp-${i}-b, name: "Offer B for segment ${i}", segments: [${id(i)}]}`,
  ]);
  block('channels', (i) => (i % 7 === 0 ? [] : [
    `  - {name: "Shop for segment ${i}", segments: [${id(i)}], type: direct}`,
    `  - {name: "Partner for segment ${i}", segments: [${id(i)}], type: indirect}`,
  ]));
  block('customer_relationships', (i) => [`  - {name: "Relationship with segment ${i}", segments: [${id(i)}]}`]);
  block('revenue_streams', (i) => (i % 5 === 0 ? [] : [`  - {name: "Revenue from segment ${i}", segments: [${id(i)}]}`]));
  // The shared items, dealt out over four blocks in turn: resource, activity, partnership, cost.
  const sharedIn = (block) => Math.max(0, Math.ceil((shared - block) / 4));
  block('key_resources', (i) => [`  - {name: "Resource for segment ${i}", segments: [${id(i)}]}`], sharedIn(0), 'resource');
  block('key_activities', (i) => [`  - {name: "Activity for segment ${i}", segments: [${id(i)}]}`], sharedIn(1), 'activity');
  block('key_partnerships', (i) => [`  - {name: "Partner of segment ${i}", segments: [${id(i)}]}`], sharedIn(2), 'partnership');
  lines.push('cost_structure:', '  costs:');
  for (let i = 1; i <= segments; i += 1) lines.push(`    - {name: "Cost of segment ${i}", segments: [${id(i)}]}`);
  for (let s = 1; s <= sharedIn(3); s += 1) lines.push(`    - name: "Shared cost ${s}"`);
  return `${lines.join('\n')}\n`;
}

/** The id the generator gives segment `index` (1-based) of a canvas with `segments` segments. */
export function generatedSegmentId(index, segments) {
  return `seg-${String(index).padStart(String(segments).length, '0')}`;
}
