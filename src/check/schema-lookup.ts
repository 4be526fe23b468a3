// Finds the part of the JSON Schema that governs a place in the data: which keys a mapping there
// allows (for "did you mean"), and its description (help text for SARIF and editors).
import { fieldOf } from '../format/data.js';

export interface SchemaNode {
  $ref?: string;
  anyOf?: SchemaNode[];
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  description?: string;
  enum?: unknown[];
  [keyword: string]: unknown;
}

export function schemaAt(root: Record<string, unknown>, path: readonly (string | number)[], data: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(root as SchemaNode, root, data);
  let value = data;
  for (const segment of path) {
    if (!node) return undefined;
    value = fieldOf(value, segment);
    node = typeof segment === 'number' ? node.items : node.properties?.[segment];
    node = node ? resolve(node, root, value) : undefined;
  }
  return node;
}

/** Follows $ref, and picks the anyOf branch that fits the value (mapping vs. text shorthand). */
function resolve(node: SchemaNode, root: Record<string, unknown>, value: unknown): SchemaNode {
  let current = node;
  for (let guard = 0; guard < 10; guard += 1) {
    if (current.$ref) {
      current = pointer(root, current.$ref) ?? current;
      if (current.$ref === undefined && !current.anyOf) return current;
      continue;
    }
    if (current.anyOf) {
      const isMapping = value !== null && typeof value === 'object' && !Array.isArray(value);
      const branch: SchemaNode | undefined = current.anyOf.find((option) => {
        const target = option.$ref ? pointer(root, option.$ref) : option;
        return isMapping ? target?.type === 'object' : target?.type !== 'object';
      });
      current = branch ?? current.anyOf[0]!;
      continue;
    }
    return current;
  }
  return current;
}

function pointer(root: Record<string, unknown>, ref: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    node = fieldOf(node, part);
  }
  return node as SchemaNode | undefined;
}
