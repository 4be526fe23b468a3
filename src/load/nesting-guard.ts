// The yaml parser can exhaust V8's memory (a fatal, uncatchable crash) on a second deeply
// nested flow collection in one process, e.g. '['.repeat(5000). The guard watches the lexer's
// tokens on their way to the parser and stops at the first bracket nested past the limit, so
// the parser never sees it and the text is lexed once, not once to measure and again to parse.
import { Lexer } from 'yaml';
import { MAX_FLOW_DEPTH } from './limits.js';

export interface DepthViolation {
  depth: number;
  offset: number;
}

/** Tokens the lexer emits to mark structure; they have no characters in the source. */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);

export class NestingGuard {
  /** Where nesting first passed the limit, once `tokens` has stopped there. */
  violation: DepthViolation | undefined;

  constructor(private readonly limit = MAX_FLOW_DEPTH) {}

  private depth = 0;
  private offset = 0;

  /**
   * Whether the next token of the lexer may go on to the parser; false (with `violation` set) for
   * a bracket nested too deep. The lexer knows quotes, comments and block scalars, so a `[`
   * inside text never counts.
   */
  admit(token: string): boolean {
    if (token === '[' || token === '{') {
      this.depth += 1;
      if (this.depth > this.limit) {
        this.violation = { depth: this.depth, offset: this.offset };
        return false;
      }
    } else if (token === ']' || token === '}') {
      this.depth = Math.max(0, this.depth - 1);
    }
    if (!LEXER_MARKERS.has(token)) this.offset += token.length;
    return true;
  }

  /** The lexer's tokens of `text`, ending early (with `violation` set) at a bracket nested too deep. */
  *tokens(text: string): Generator<string, void> {
    for (const token of new Lexer().lex(text)) {
      if (!this.admit(token)) return;
      yield token;
    }
  }
}

/** Returns where flow nesting first exceeds the limit, or undefined when it never does. */
export function findExcessiveNesting(text: string, limit = MAX_FLOW_DEPTH): DepthViolation | undefined {
  const guard = new NestingGuard(limit);
  for (const token of guard.tokens(text)) void token;
  return guard.violation;
}
