// YAML syntax errors in words a person who has never read the YAML spec can act on. The parser's
// own messages ("Implicit map keys need to be followed by map values") are exact but speak of
// its internals; each becomes a sentence about what to change, and keeps its line and column.
import type { YAMLError } from 'yaml';

/** Specific parser messages first (matched on the message), then one sentence per error code. */
const BY_MESSAGE: readonly [RegExp, string][] = [
  [/Missing closing "quote/, 'A text opens a double quote (") that is never closed; add the closing "'],
  [/Missing closing 'quote/, "A text opens a single quote (') that is never closed; add the closing '"],
  [/Missing , or : between|Missing , between/, 'Entries inside brackets must be separated by commas'],
  [/Missing space after :/, 'Put a space after the colon: `key: value`'],
  [/Implicit map keys need to be followed by map values/, 'This line has no colon: write `key: value`, or start a list entry with `- `'],
  [/Sequence item without - indicator/, 'This line is indented like a list entry but does not start with `- `'],
  [/Comments must be separated/, 'Put a space before the `#` of a comment'],
  [/Flow (sequence|mapping) in block collection must be sufficiently indented/, 'A `[` or `{` opened earlier is not closed (or its lines are not indented enough); close it with `]` or `}`'],
  [/Unexpected empty item|Unexpected , in/, 'Two commas in a row, or a comma with nothing before it, inside brackets; remove the extra comma'],
  [/Unexpected flow-(seq|map)-end/, 'This closing bracket has no opening bracket to match; remove it'],
  [/Block collections are not allowed within flow collections/, 'A `- ` list or indented keys cannot go inside brackets; inside `[ ]` and `{ }`, separate entries with commas'],
];

const BY_CODE: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'A tab indents this line; YAML indents with spaces only, so replace the tab with spaces',
  BAD_INDENT: 'This line is not indented like the lines it belongs with; entries of one list or mapping start in the same column',
  BLOCK_AS_IMPLICIT_KEY:
    'A value on this line holds `: ` or has lines indented under it; put text containing `: ` in quotes, or give nested keys lines of their own',
  MULTILINE_IMPLICIT_KEY: 'A key and its colon must be on one line; check for a missing colon or a wrong indentation here',
  BAD_SCALAR_START: 'A value cannot start with this character (@, ` or %) unless it is in quotes; put the value in quotes',
  BAD_DQ_ESCAPE: 'A backslash in double quotes starts an escape that does not exist; write \\\\ for a backslash, or use single quotes',
  BLOCK_IN_FLOW: 'A `- ` list or indented keys cannot go inside brackets; inside `[ ]` and `{ }`, separate entries with commas',
  KEY_OVER_1024_CHARS: 'A key is longer than 1024 characters, or the colon after a key is missing',
  MULTIPLE_ANCHORS: 'A value has two anchors (`&name`); keep one',
  MULTIPLE_TAGS: 'A value has two tags (`!tag`); keep one, or none',
  BAD_PROP_ORDER: 'An anchor (`&name`) or tag (`!tag`) is in the wrong place; put it after the `-` or `:`',
  ALIAS_PROPS: 'An alias (`*name`) cannot have an anchor or tag of its own',
  BAD_ALIAS: 'An anchor or alias needs a name (`&name`, `*name`) that does not end in a colon',
  BAD_DIRECTIVE: 'A line starting with `%` is a YAML directive bmc does not know; remove it, or put the text in quotes',
  TAG_RESOLVE_FAILED: 'A tag (`!tag`) bmc does not know, or that does not fit its value; remove the tag',
  NON_STRING_KEY: 'A key must be plain text, not a list or mapping',
  BAD_COLLECTION_TYPE: 'A tag (`!tag`) does not fit the list or mapping it is on; remove the tag',
  UNEXPECTED_TOKEN: 'Something here cannot be read; check the brackets, commas, quotes and indentation around it',
  MISSING_CHAR: 'Something is missing here: a closing quote or bracket, a comma, or a colon',
};

const FALLBACK = 'This is not valid YAML; check the indentation, colons, quotes and brackets here';

export function plainSyntaxMessage(error: Pick<YAMLError, 'code' | 'message'>): string {
  for (const [pattern, sentence] of BY_MESSAGE) if (pattern.test(error.message)) return sentence;
  return BY_CODE[error.code] ?? FALLBACK;
}
