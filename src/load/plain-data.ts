// The plain data of an ordinary canvas document in one walk, which also finds that it has no
// repeated key: the common case of parse-yaml.ts, which otherwise walks the tree twice
// (its duplicate-key pass, then yaml's `toJS`). Measured on the 1,000-canvas benchmark: see
// docs/development.md.
import { Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** Returned by `plainData` when the document needs yaml's own conversion and checks. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/**
 * What `document.toJS()` gives for `contents`, or NOT_PLAIN when the document has anything
 * beyond plain mappings, sequences and scalars (an anchor, an alias, a tag, a merge key `<<`, a
 * key that is not a scalar, a value that is not a string, number, boolean or null), or a key
 * twice (or two keys that read the same as text), or is nested too deep for this walk. The caller
 * then takes the general path, which reports those cases exactly as before.
 */
export function plainData(contents: unknown): unknown {
  try {
    return plainNode(contents);
  } catch (error) {
    if (error instanceof RangeError) return NOT_PLAIN;
    throw error;
  }
}

function plainNode(node: unknown): unknown {
  // Exact classes: yaml's YAML 1.1 `!!set`, `!!omap` and `!!pairs` are subclasses (and tagged).
  const type = (node as { constructor?: unknown } | null)?.constructor;
  if (type === Scalar) {
    const scalar = node as Scalar;
    if (scalar.anchor !== undefined || scalar.tag !== undefined) return NOT_PLAIN;
    const value = scalar.value;
    return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : NOT_PLAIN;
  }
  if (type === YAMLMap) {
    const map = node as YAMLMap;
    if (map.anchor !== undefined || map.tag !== undefined) return NOT_PLAIN;
    const data: Record<string, unknown> = {};
    for (const { key, value } of map.items) {
      const keyData = (key as { constructor?: unknown } | null)?.constructor === Scalar ? plainNode(key) : NOT_PLAIN;
      if (keyData === NOT_PLAIN || keyData === '<<') return NOT_PLAIN;
      // As yaml turns a key into a property name (stringifyKey in addPairToJSMap).
      const name = keyData === null ? '' : String(keyData);
      const valueData = plainNode(value);
      if (valueData === NOT_PLAIN) return NOT_PLAIN;
      if (name in data) {
        // Repeated (or `1` and `'1'`, which yaml keeps apart): the general path decides.
        if (Object.hasOwn(data, name)) return NOT_PLAIN;
        // An inherited name (`constructor`, `__proto__`): an own property, as yaml makes it.
        Object.defineProperty(data, name, { value: valueData, writable: true, enumerable: true, configurable: true });
      } else {
        data[name] = valueData;
      }
    }
    return data;
  }
  if (type === YAMLSeq) {
    const seq = node as YAMLSeq;
    if (seq.anchor !== undefined || seq.tag !== undefined) return NOT_PLAIN;
    const data: unknown[] = [];
    for (const item of seq.items) {
      const itemData = plainNode(item);
      if (itemData === NOT_PLAIN) return NOT_PLAIN;
      data.push(itemData);
    }
    return data;
  }
  return NOT_PLAIN;
}
