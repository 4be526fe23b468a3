// The yaml parser can exhaust V8's memory (a fatal, uncatchable crash) on a second deeply
// nested flow collection in one process, e.g. '['.repeat(5000), and spends seconds and gigabytes
// on compact block nesting on one line (`- - - …` a million deep). The guard watches the lexer's
// tokens on their way to the parser and stops at the first bracket nested past the limit, or the
// first `-` or `?` past the limit in a row, so the parser never sees it and the text is lexed
// once, not once to measure and again to parse.
import { Lexer } from 'yaml';
import { MAX_FLOW_DEPTH } from './limits.js';

export interface DepthViolation {
  /** The token past the limit: a bracket (`[`, `{`), or a block indicator (`-`, `?`) in a row on one line. */
  token: '[' | '{' | '-' | '?';
  depth: number;
  offset: number;
}

/** Tokens the lexer emits to mark structure; they have no characters in the source. */
export const LEXER_MARKERS: ReadonlySet<string> = new Set(['\x02', '\x18', '\x1f']);

const SPACE = 0x20;
const TAB = 0x09;

export class NestingGuard {
  /** Where nesting first passed the limit, once `tokens` has stopped there. */
  violation: DepthViolation | undefined;

  constructor(private readonly limit = MAX_FLOW_DEPTH) {}

  private depth = 0;
  /** Block indicators (`-`, `?`) in a row, with only spaces or tabs between them. */
  private run = 0;
  private offset = 0;

  /**
   * Whether the next token of the lexer may go on to the parser; false (with `violation` set) for
   * a bracket nested too deep or a block indicator too many in a row. The lexer knows quotes,
   * comments and block scalars, so a `[` or `-` inside text never counts: text is a token of its
   * own (a `-1` is one token, not `-`), and it ends a row of indicators, as does a newline.
   */
  admit(token: string): boolean {
    if (token === '[' || token === '{') {
      this.depth += 1;
      this.run = 0;
      if (this.depth > this.limit) return this.stop(token, this.depth);
    } else if (token === ']' || token === '}') {
      this.depth = Math.max(0, this.depth - 1);
      this.run = 0;
    } else if (token === '-' || token === '?') {
      this.run += 1;
      if (this.run > this.limit) return this.stop(token, this.run);
    } else if (this.run > 0) {
      const first = token.charCodeAt(0);
      if (first !== SPACE && first !== TAB) this.run = 0;
    }
    if (!LEXER_MARKERS.has(token)) this.offset += token.length;
    return true;
  }

  private stop(token: DepthViolation['token'], depth: number): false {
    this.violation = { token, depth, offset: this.offset };
    return false;
  }

  /** The lexer's tokens of `text`, ending early (with `violation` set) at nesting past the limit. */
  *tokens(text: string): Generator<string, void> {
    for (const token of new Lexer().lex(text)) {
      if (!this.admit(token)) return;
      yield token;
    }
  }
}

/** Returns where nesting first exceeds the limit, or undefined when it never does. */
export function findExcessiveNesting(text: string, limit = MAX_FLOW_DEPTH): DepthViolation | undefined {
  const guard = new NestingGuard(limit);
  for (const token of guard.tokens(text)) void token;
  return guard.violation;
}
