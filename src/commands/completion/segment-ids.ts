// The segment ids of a canvas, for completing `--segment`. Read with the loader's own guards
// (size, binary data, nesting, aliases), but without checking the canvas: a file being edited
// may be invalid and its ids are still worth offering. Only ids a shell can show as one word.
import { parseYaml } from '../../load/parse-yaml.js';
import { readSource } from '../../io/read-source.js';
import { isRecord } from '../../format/data.js';

export function segmentIdsOf(file: string): string[] {
  const source = readSource(file);
  if (source.kind !== 'text') return [];
  const outcome = parseYaml(source.text);
  if (!outcome.ok) return [];
  const segments = field(outcome.parsed.data, 'customer_segments');
  if (!Array.isArray(segments)) return [];
  return segments.map((segment) => field(segment, 'id')).filter((id): id is string => typeof id === 'string' && /^[^\s\p{C}]+$/u.test(id));
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}
