// Limits that keep hostile or generated files from exhausting bmc: one place for the code and
// the rule catalogue's help text.

/**
 * Aliases expand on conversion; past this many uses of anchored values (the anchor and each
 * alias, times the nodes an alias brings along) it is a "billion laughs" attack, not a canvas.
 * High enough for honest reuse (`segments: *both` a few hundred times).
 */
export const MAX_ALIAS_COUNT = 1000;

/** Flow brackets nested deeper than this: far more than any canvas needs (about 6 levels), far less than what hurts the parser. */
export const MAX_FLOW_DEPTH = 64;
