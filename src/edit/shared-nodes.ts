// The nodes of a canvas that YAML aliases share: `depends_on: &deps [a]` on one segment and
// `segments: *deps` on a value proposition are one list read in two places. bmc edits text, so
// adding to `&deps [a]` would add to what `*deps` reads too, silently; removing the anchored node
// would leave the alias naming nothing. The document editor asks here before every such edit.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { RefusedError } from '../terminal/errors.js';

interface Shared {
  node: Node;
  anchor: string;
  /** Where the aliases that use it are, as offsets. */
  aliases: number[];
  /** Its place in the document, for the message. */
  path: (string | number)[];
}

export class SharedNodes {
  /** Each anchored node some alias uses. */
  private readonly shared = new Map<Node, Shared>();
  /** Each node inside (or equal to) a shared one: the outermost that holds it. */
  private readonly within = new Map<Node, Shared>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineOf: (offset: number) => number,
  ) {
    const aliases = new Map<Node, number[]>();
    walk(doc.contents, [], (node) => {
      if (!isAlias(node)) return;
      // Cheap: the loader pinned each alias to its anchor (load/alias-targets.ts).
      const target = node.resolve(doc);
      if (!target) return;
      const uses = aliases.get(target);
      if (uses) uses.push(node.range?.[0] ?? 0);
      else aliases.set(target, [node.range?.[0] ?? 0]);
    });
    // Most canvases have no alias: nothing more to look at.
    if (aliases.size === 0) return;
    walk(doc.contents, [], (node, path) => {
      const uses = aliases.get(node);
      if (uses && node.anchor) this.shared.set(node, { node, anchor: node.anchor, aliases: uses, path: [...path] });
    });
    for (const entry of this.shared.values()) {
      walk(entry.node, entry.path, (node) => {
        if (!this.within.has(node)) this.within.set(node, entry);
      });
    }
  }

  /** Refuses a change of `node` (its value, its items, its keys) that an alias would read too. */
  assertChangeable(node: Node | null | undefined): void {
    if (!node || this.shared.size === 0) return;
    const holder = this.within.get(node);
    if (holder) this.refuse(holder);
  }

  /** Refuses removing `node` when it is shared, or holds an anchor that an alias outside it uses. */
  assertRemovable(node: Node | null | undefined): void {
    if (!node || this.shared.size === 0) return;
    this.assertChangeable(node);
    const [start, end] = node.range ?? [0, 0];
    walk(node, [], (inner) => {
      const entry = this.shared.get(inner);
      if (entry && entry.aliases.some((at) => at < start || at >= end)) this.refuse(entry);
    });
  }

  private refuse(entry: Shared): never {
    const lines = entry.aliases.map((at) => this.lineOf(at));
    const used = lines.length === 1 ? `line ${lines[0]}` : `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
    throw new RefusedError(`${this.describe(entry.path)} is shared through the anchor &${entry.anchor} (used at ${used}); edit it by hand or remove the alias first`);
  }

  /** `depends_on` of segment b; segment b; `costs.0` of cost_structure ... */
  private describe(path: readonly (string | number)[]): string {
    const at = path.findIndex((step) => typeof step === 'number');
    if (at === -1) return `\`${path.join('.')}\``;
    const owner: unknown = this.doc.getIn(path.slice(0, at + 1), true);
    const label = isMap(owner) ? (scalarText(owner.get('id', true)) ?? scalarText(owner.get('name', true))) : undefined;
    const kind = path[0] === 'customer_segments' ? 'segment' : `${path.slice(0, at).join('.')} item`;
    const whose = label === undefined ? `${kind} ${Number(path[at]) + 1}` : `${kind} ${label}`;
    const rest = path.slice(at + 1);
    return rest.length === 0 ? whose : `\`${rest.join('.')}\` of ${whose}`;
  }
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}

/** Every node under `node` (itself first), with its path of keys and indexes; aliases are not followed. */
function walk(node: unknown, path: (string | number)[], visit: (node: Node, path: readonly (string | number)[]) => void): void {
  if (isAlias(node) || isScalar(node)) {
    visit(node, path);
    return;
  }
  if (isSeq(node)) {
    visit(node, path);
    node.items.forEach((item, index) => walk(item, [...path, index], visit));
    return;
  }
  if (isMap(node)) {
    visit(node, path);
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      walk(pair.key, [...path, key], visit);
      walk(pair.value, [...path, key], visit);
    }
  }
}
