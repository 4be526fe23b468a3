// Limits that keep hostile or generated files from exhausting bmc: one place for the code and
// the rule catalogue's help text.

/**
 * Aliases expand on conversion; past this many uses of anchored values (the anchor and each
 * alias, times the nodes an alias brings along) it is a "billion laughs" attack, not a canvas.
 * High enough for honest reuse (`segments: *both` a few hundred times).
 */
export const MAX_ALIAS_COUNT = 1000;

/**
 * Flow brackets nested deeper than this, or more block indicators than this in a row on one line
 * (`- - - …`, `? ? …`): far more than any canvas needs (about 6 levels), far less than what
 * hurts the parser.
 */
export const MAX_FLOW_DEPTH = 64;

/**
 * Flow collections (`[…]`, `{…}`) in one file. A canvas item in flow style takes at least about
 * 12 bytes of text per collection (`  - {name: A}` and a newline is 14), so no real canvas under the 10 MiB file limit
 * comes near; yaml needs about 860 bytes of memory per collection, so the 5 million that fit in
 * 10 MiB as `[[[…]]]` exhaust a 4 GB heap. Counted before yaml parses (load/flow-collections.ts).
 */
export const MAX_FLOW_COLLECTIONS = 1_000_000;
