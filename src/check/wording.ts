// How messages name things: "this channel", "channels[2].type", `advertisers`.
import { BLOCKS, LEAN_BLOCKS } from '../format/blocks.js';
import { formatPath, type PathSegment } from '../load/locate.js';

const NAMED_BLOCKS = [...BLOCKS, ...LEAN_BLOCKS];

const PROFILE_WORDS: Record<string, string> = { jobs: 'job', pains: 'pain', gains: 'gain' };

export interface Location {
  /** "this channel", "the canvas" — for "X needs `name`". */
  article: string;
  /** "`channels[0].type`" — for "X must be ...". */
  the: string;
}

export function describeLocation(path: readonly PathSegment[]): Location {
  const last = path[path.length - 1];
  // The full path is printed beside every message, so the message names just the field.
  const the = typeof last === 'string' ? `\`${last}\`` : path.length === 0 ? 'the canvas' : thing(path);
  return { article: thing(path), the };
}

/** What an enum value is, in words: "customer segment type", "channel phase", "cost structure driver". */
export function enumLabel(path: readonly PathSegment[]): string {
  const field = [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? 'value';
  const ownerIndex = path.lastIndexOf(field) - 1;
  const owner = thing(path.slice(0, ownerIndex + 1)).replace(/^(this|the) /, '').replace(/ block$/, '');
  const singular = SINGULAR_FIELDS[field] ?? field.replace(/_/g, ' ');
  return ownerIndex >= 0 && !owner.startsWith('`') ? `${owner} ${singular}` : singular;
}

const SINGULAR_FIELDS: Record<string, string> = { phases: 'phase', motivations: 'motivation' };

/** What kind of thing sits at the path, with "this"/"the": "this channel", "the amount". */
function thing(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the canvas';
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'number' && typeof parent === 'string') {
    const profile = PROFILE_WORDS[parent];
    if (profile && path.includes('profile')) return `this ${profile}`;
    if (parent === 'costs') return 'this cost';
    if (parent === 'evidence') return 'this evidence entry';
    const block = NAMED_BLOCKS.find((info) => info.key === parent);
    if (block) return `this ${block.singular}`;
  }
  if (typeof last === 'string') {
    const block = NAMED_BLOCKS.find((info) => info.key === last);
    if (block) return `the ${block.title.toLowerCase()} block`;
    if (last === 'amount' || last === 'size') return `the ${last}`;
    return `\`${formatPath(path)}\``;
  }
  return `\`${formatPath(path)}\``;
}

export function quote(text: string): string {
  return `\`${text}\``;
}

/** Messages quote names; a name of a thousand characters would drown the message. */
export function shorten(text: string, limit = 60): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** A segment in a message: "Small offices (`offices`)", or just "`offices`" when the name is the id. */
export function segmentLabel(id: string, name: string | undefined): string {
  return name && name !== id ? `${shorten(name)} (\`${id}\`)` : `\`${id}\``;
}
