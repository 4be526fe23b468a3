// Every rule bmc validate can report: the stable ids of the JSON, SARIF and JUnit outputs, with
// the help text SARIF viewers show beside a problem.
import { MAX_ALIAS_COUNT, MAX_FLOW_COLLECTIONS, MAX_FLOW_DEPTH } from '../load/limits.js';
import { formatNumber } from '../format/numbers.js';
import { MAX_PROBLEMS_PER_FILE } from './cap-problems.js';
import type { Severity } from '../load/problem.js';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** One line: what the rule checks. */
  summary: string;
  /** How to fix it. */
  help: string;
}

const rule = (id: string, severity: Severity, summary: string, help: string): RuleInfo => ({ id, severity, summary, help });

export const RULES: readonly RuleInfo[] = [
  rule('unreadable-file', 'error', 'The file cannot be read (missing, a folder, no permission).', 'Check the path and its permissions. The run exits 2: it could not check everything it was asked to.'),
  rule('no-match', 'error', 'An argument (glob or folder) matched no canvas file.', 'Check the pattern; quote globs so bmc expands them. The run exits 2.'),
  rule('yaml-syntax', 'error', 'The file is not valid YAML.', 'Fix the YAML at the position shown: a missing quote, bracket or colon, or wrong indentation.'),
  rule('duplicate-key', 'error', 'A key appears twice in one mapping.', 'Remove or rename one of the two keys; YAML would silently keep only the last.'),
  rule('empty-file', 'error', 'The file has no content.', 'A canvas starts with `bmc: 1`, a `name` and `customer_segments`. `bmc init` writes one.'),
  rule('not-text', 'error', 'The file is binary or not UTF-8 text.', 'Canvas files are UTF-8 YAML text; check that the right file was named.'),
  rule('file-too-large', 'error', 'The file is larger than 10 MiB.', 'Split the canvas, or check that the right file was named.'),
  rule('too-deeply-nested', 'error', 'Brackets, or `- - -` on one line, are nested far deeper than any canvas needs.', `A canvas needs a few levels of nesting; more than ${MAX_FLOW_DEPTH} is likely a generated or hostile file.`),
  rule('too-many-collections', 'error', `More than ${formatNumber(MAX_FLOW_COLLECTIONS)} lists and mappings in brackets in one file.`, `A canvas needs far fewer; a file with more is likely generated or hostile, and would take gigabytes to read. Check that the right file was named.`),
  rule('alias-limit', 'error', 'YAML aliases expand too many times.', `Write the values out instead of expanding aliases; more than ${MAX_ALIAS_COUNT} uses of anchored values looks like a "billion laughs" attack.`),
  rule('multiple-documents', 'error', 'The file holds more than one YAML document.', 'Put each canvas in its own file; remove the `---` separators.'),
  rule('not-a-mapping', 'error', 'The document is not a mapping of keys.', 'A canvas is a mapping: `bmc: 1`, `name: ...`, `customer_segments: [...]`.'),
  rule('unsupported-version', 'error', 'The format version is not one this bmc reads.', 'Write `bmc: 1`.'),
  rule('missing-key', 'error', 'A required key is missing.', 'Add the key named in the message.'),
  rule('unknown-key', 'error', 'A key the format does not define.', 'Fix the spelling (see the suggestion), or prefix your own keys with `x-`.'),
  rule('invalid-enum', 'error', 'A value outside the allowed list.', 'Use one of the values listed in the message.'),
  rule('invalid-type', 'error', 'A value of the wrong type.', 'Write the kind of value the message names: text, a list, true/false or a number.'),
  rule('invalid-id', 'error', 'An id with characters ids may not have.', 'Ids use lowercase letters, digits, - and _, and start with a letter or digit.'),
  rule('invalid-date', 'error', 'A date not written YYYY-MM-DD, or a day the calendar does not have.', 'Write a real date as YYYY-MM-DD, e.g. 2026-11-22.'),
  rule('invalid-value', 'error', 'A value the format does not accept here.', 'See the message for what is accepted.'),
  rule('out-of-range', 'error', 'A number outside its range.', '`importance` and `severity` are whole numbers from 1 to 5.'),
  rule('empty-text', 'error', 'Text that is empty.', 'Write a name or text, or remove the entry.'),
  rule('empty-list', 'error', 'A list that must not be empty is empty.', 'List at least one id, or leave the key out (an item without `segments` is shared by every segment).'),
  rule('no-segments', 'error', 'The canvas has no customer segment.', 'Add at least one customer segment: everything else serves some segment.'),
  rule('duplicate-entry', 'error', 'The same entry appears twice in a list.', 'Remove the repeated entry.'),
  rule('duplicate-id', 'error', 'Two things share an id.', 'Ids must be unique in the whole file; rename one of them.'),
  rule('unknown-reference', 'error', 'A reference to an id that does not exist.', 'Fix the spelling (see the suggestion) or add the missing segment, pain or gain.'),
  rule('wrong-reference-kind', 'error', 'A reference to an id of the wrong kind.', '`segments` and `depends_on` name segments; `relieves` names pains; `creates` names gains.'),
  rule('reference-outside-segments', 'error', 'A value proposition names a pain or gain of a segment it does not serve.', 'Add that segment to the value proposition\'s `segments`, or remove the reference.'),
  rule('self-reference', 'error', 'A segment depends on itself.', 'Name the other segments it depends on.'),
  rule('uncovered-segment', 'warning', 'A segment that no value proposition, channel or relationship serves.', 'Add an item for the segment, or list its id in an existing item\'s `segments`.'),
  rule('no-revenue-stream', 'warning', 'A paying segment that no revenue stream comes from.', 'Add a revenue stream for it, or set `pays: false` if it is the free side of the model.'),
  rule('multi-sided-without-dependency', 'warning', 'A multi-sided segment with no `depends_on`.', 'Name the segments it needs in `depends_on` (the other sides of the platform).'),
  rule('unscoped-value-proposition', 'warning', 'With several segments, a value proposition that names none.', 'Say which segments it serves in `segments`: a product is not all things to all people.'),
  rule('unaddressed-pain', 'warning', 'A pain in a customer profile that no value proposition relieves.', 'Give the pain an `id` and list it in a value proposition\'s `relieves`, or drop it.'),
  rule('unaddressed-gain', 'warning', 'A gain in a customer profile that no value proposition creates.', 'Give the gain an `id` and list it in a value proposition\'s `creates`, or drop it.'),
  rule('status-without-evidence', 'warning', 'A status of validated or invalidated with no evidence.', 'Record the tests that decided it in `evidence` (date, method, result, note), or set the status back to `assumed` or `testing`.'),
  rule('evidence-contradicts-status', 'warning', 'Every evidence entry says the opposite of the status.', 'A validated item whose tests all refute it, or an invalidated one whose tests all support it: correct the status or the results.'),
  rule('rests-on-invalidated', 'warning', 'An invalidated value proposition, channel or revenue stream is all a segment has in its block.', 'Find one that works for the segment, or rethink the segment; the model still rests on something known to be false.'),
  rule('future-evidence', 'warning', 'Evidence dated after today.', 'Write the date the test was done, as YYYY-MM-DD.'),
  rule('too-many-problems', 'error', `More problems than bmc lists for one file (${formatNumber(MAX_PROBLEMS_PER_FILE)}): the rest are counted, not listed.`, 'Fix the problems listed (often one mistake repeated) and run again. A warning when only warnings are hidden.'),
];

const byId = new Map(RULES.map((info) => [info.id, info]));

export function ruleInfo(id: string): RuleInfo {
  return byId.get(id) ?? { id, severity: 'error', summary: id, help: '' };
}
