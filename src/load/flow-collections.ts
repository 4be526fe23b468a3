// Refuses a file with more flow collections (`[…]`, `{…}`) than bmc reads, before yaml parses it:
// yaml holds about 860 bytes per collection, so stopping it part way (as the nesting guard does)
// would already have cost hundreds of megabytes at the limit. Counting the characters `[` and `{`
// costs milliseconds and settles every real canvas; only past the limit does the lexer (which
// knows quotes, comments and block scalars, so a `[` in text never counts) run over the text to
// find the collection past the limit.
import { Lexer } from 'yaml';
import { MAX_FLOW_COLLECTIONS } from './limits.js';
import { LEXER_MARKERS } from './nesting-guard.js';

/** The offset of the first flow collection past `limit`, or undefined when there are no more than `limit`. */
export function findExcessFlowCollection(text: string, limit = MAX_FLOW_COLLECTIONS): number | undefined {
  if (countOf(text, '[') + countOf(text, '{') <= limit) return undefined;
  let count = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      count += 1;
      if (count > limit) return offset;
    }
    if (!LEXER_MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}

/** How many times `character` occurs in `text` (indexOf: a few milliseconds on 10 MiB). */
function countOf(text: string, character: string): number {
  let count = 0;
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) count += 1;
  return count;
}
