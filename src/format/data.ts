// Guards for data read from YAML or JSON, whose shape is known only once it is checked.

/** A mapping (an object that is not a list): its fields can be read by key. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value[key]` of a mapping or a list, or undefined for anything else. */
export function fieldOf(value: unknown, key: string | number): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}
