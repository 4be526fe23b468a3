// The yaml parser can exhaust V8's memory (a fatal, uncatchable crash) on a second deeply
// nested flow collection in one process, e.g. '['.repeat(5000). Measure the nesting first.
import { Lexer } from 'yaml';

/** Far deeper than any canvas needs (about 6 levels), far shallower than what hurts the parser. */
export const MAX_FLOW_DEPTH = 64;

export interface DepthViolation {
  depth: number;
  offset: number;
}

/** Tokens the lexer emits to mark structure; they have no characters in the source. */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);

/** Returns where flow nesting first exceeds the limit, or undefined when it never does. */
export function findExcessiveNesting(text: string, limit = MAX_FLOW_DEPTH): DepthViolation | undefined {
  if (!mayExceed(text, limit)) return undefined;
  // The lexer knows quotes, comments and block scalars, so a `[` inside text never counts.
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      depth += 1;
      if (depth > limit) return { depth, offset };
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    }
    if (!LEXER_MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}

/** Cheap and sound pre-check: nesting can't exceed the limit with fewer opening brackets than that. */
function mayExceed(text: string, limit: number): boolean {
  let opening = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if ((code === 0x5b || code === 0x7b) && ++opening > limit) return true;
  }
  return false;
}
