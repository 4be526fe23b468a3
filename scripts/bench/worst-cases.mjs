// Canvases that stress one path each, at any size n: the scaling cases of `npm run bench` and
// the "any file under 10 MiB finishes" tests. Each returns YAML text that grows linearly with n.
// Plain JavaScript so the benchmark can run it with Node alone.

const pad = (index, n) => String(index).padStart(String(n).length, '0');

/** n segments and n value propositions, each naming a misspelt segment (`sgment-…`): n unknown references. */
export function misspeltReferences(n) {
  const lines = ['bmc: 1', 'name: Misspelt references', 'customer_segments:'];
  for (let i = 1; i <= n; i += 1) lines.push(`  - {id: segment-${pad(i, n)}, name: "Segment ${i}"}`);
  lines.push('value_propositions:');
  for (let i = 1; i <= n; i += 1) lines.push(`  - {name: "Offer ${i}", segments: [sgment-${pad(i, n)}]}`);
  return `${lines.join('\n')}\n`;
}

/** n value propositions, each with a key the format does not define (`segmnets`): n unknown keys. */
export function unknownKeys(n) {
  const lines = ['bmc: 1', 'name: Unknown keys', 'customer_segments:', '  - {id: people, name: People}', 'value_propositions:'];
  for (let i = 1; i <= n; i += 1) lines.push(`  - {name: "Offer ${i}", segmnets: [people]}`);
  return `${lines.join('\n')}\n`;
}

/**
 * One channel whose `phases` (a list of allowed values that must not repeat) holds n numbers:
 * n problems, and a check of repeats that compared every item with every other until the
 * schema said the phases are text.
 */
export function wrongPhases(n) {
  const lines = ['bmc: 1', 'name: Wrong phases', 'customer_segments:', '  - {id: people, name: People}', 'channels:', '  - name: Ads', '    phases:'];
  for (let i = 1; i <= n; i += 1) lines.push(`      - ${i}`);
  return `${lines.join('\n')}\n`;
}

/** A valid canvas with one segment and n key resources: many items in one block. */
export function manyItems(n) {
  const lines = ['bmc: 1', 'name: Many items', 'customer_segments:', '  - {id: people, name: People}', 'value_propositions:'];
  lines.push('  - {name: "The offer", segments: [people]}', 'channels: [Shop]', 'customer_relationships: [Help]', 'revenue_streams: [Sales]');
  lines.push('key_resources:');
  for (let i = 1; i <= n; i += 1) lines.push(`  - Resource number ${i}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A valid canvas of n segments whose value propositions each serve 16 segments: many notes
 * naming many segments, the render's hardest case.
 */
export function manySegments(n) {
  const id = (i) => `segment-${pad(((i - 1) % n) + 1, n)}`;
  const lines = ['bmc: 1', 'name: Many segments', 'customer_segments:'];
  for (let i = 1; i <= n; i += 1) lines.push(`  - {id: ${id(i)}, name: "Segment ${i}", pays: false}`);
  lines.push('value_propositions:');
  for (let i = 1; i <= n; i += 1) {
    const served = [...new Set(Array.from({ length: Math.min(16, n) }, (_, k) => id(i + k)))];
    lines.push(`  - {name: "Offer ${i}", segments: [${served.join(', ')}]}`);
  }
  lines.push('channels: [Shop]', 'customer_relationships: [Help]');
  return `${lines.join('\n')}\n`;
}
