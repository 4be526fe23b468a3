// `bmc add evidence [file] --to <id> --method ... --result ... --note ...`: records one test of an
// assumption on a segment, an item, or a job, pain or gain, and optionally its new status, without
// editing YAML. Every value is checked first, so a typo is a usage error naming the flag.
import type { Command } from 'commander';
import { helpAfter, type Runner } from './command.js';
import { impossibleDate } from '../check/calendar-date.js';
import { closest } from '../check/suggest.js';
import { parseSample, recordEvidence, SAMPLE_RULE } from '../edit/evidence.js';
import { closestReference, describeTarget, findTargets, type Target } from '../edit/targets.js';
import { EVIDENCE_METHODS, EVIDENCE_RESULTS, STATUSES, type EvidenceEntry } from '../format/canvas.js';
import { localDate } from '../model/check-canvas.js';
import { UsageError } from '../terminal/errors.js';
import { openCanvasFile, writeEdit } from './canvas-file.js';
import { fileOperand } from './file-operand.js';

export interface EvidenceFlags {
  to: string;
  method: string;
  result: string;
  note: string;
  status?: string;
  date?: string;
  sample?: string;
  link?: string;
}

export function defineAddEvidence(add: Command, run: Runner): void {
  add
    .command('evidence')
    .description('record a test of an assumption on a segment, an item, or a job, pain or gain (and its new status)')
    .argument('[file]', 'the canvas to edit (default: the only *.bmc.yaml in this folder, else canvas.bmc.yaml)', fileOperand)
    .requiredOption('--to <id>', 'what was tested: its id, or its exact name (text, for a job, pain or gain)')
    .requiredOption('--method <method>', `how: ${EVIDENCE_METHODS.join(' | ')}`)
    .requiredOption('--result <result>', `what it showed: ${EVIDENCE_RESULTS.join(' | ')}`)
    .requiredOption('--note <text>', 'what was learned, in a sentence')
    .option('--status <status>', `the status it leads to: ${STATUSES.join(' | ')} (default: unchanged)`)
    .option('--date <YYYY-MM-DD>', 'when (default: today)')
    .option('--sample <count>', 'how many people, answers or cases it covered')
    .option('--link <url>', 'where the notes or data are')
    .addHelpText(
      'after',
      helpAfter(
        [
          [
            'The entry is added to the `evidence` of what was tested (the list is created if missing), on one line;',
            'comments and the other lines stay as they are. The file must validate first, and the result is checked',
            'before it is written.',
          ],
          [
            'Exit codes: 0 recorded, 1 the file does not validate or the result would not (nothing written),',
            '2 a bad flag or id, or a file that cannot be read or written.',
          ],
        ],
        [
          'bmc add evidence canvas.bmc.yaml --to home-drinkers --method survey \\\n    --result supports --note "31 of 40 make espresso daily" --sample 40',
        ],
      ),
    )
    .action(run((file: string | undefined, flags: EvidenceFlags) => runAddEvidence(file, flags)));
}

export function runAddEvidence(file: string | undefined, flags: EvidenceFlags): number {
  const opened = openCanvasFile(file, 'bmc add evidence <file> --to <id> ...');
  if (typeof opened === 'number') return opened;
  const { canvas } = opened.source;
  const target = onlyTarget(findTargets(canvas, flags.to), flags.to, opened.path, canvas);
  const entry = evidenceFromFlags(flags);
  const status = flags.status === undefined ? undefined : oneOf('--status', flags.status, STATUSES);
  const text = recordEvidence(opened.source, target, { entry, ...(status === undefined ? {} : { status }) });
  const statusNote = status === undefined ? '' : `; status ${status}`;
  return writeEdit(opened, text, `Recorded evidence on ${describeTarget(canvas, target)} in ${opened.path}: ${entry.method}, ${entry.result}${statusNote}.`);
}

/** The entry the flags describe, every value checked. */
export function evidenceFromFlags(flags: EvidenceFlags): EvidenceEntry {
  const note = flags.note.trim();
  if (note === '') throw new UsageError('--note needs a text: what the test showed');
  const date = (flags.date ?? localDate(new Date())).trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date takes a date as YYYY-MM-DD, not \`${date}\``);
  const impossible = impossibleDate(date);
  if (impossible !== undefined) throw new UsageError(`--date: ${impossible}`);
  const entry: EvidenceEntry = {
    date,
    method: oneOf('--method', flags.method, EVIDENCE_METHODS),
    result: oneOf('--result', flags.result, EVIDENCE_RESULTS),
    note,
  };
  if (flags.sample !== undefined) {
    const sample = parseSample(flags.sample);
    if (sample === undefined) throw new UsageError(`--sample takes ${SAMPLE_RULE}, not \`${flags.sample}\``);
    entry.sample = sample;
  }
  if (flags.link !== undefined) {
    const link = flags.link.trim();
    if (link === '') throw new UsageError('--link needs a URL or a path');
    entry.link = link;
  }
  return entry;
}

/** The flag's value if it is one of `values` (the format's list), else a usage error with the closest. */
function oneOf<V extends string>(flag: string, raw: string, values: readonly V[]): V {
  const value = raw.trim();
  const found = values.find((each) => each === value);
  if (found !== undefined) return found;
  const guess = closest(value, values);
  throw new UsageError(`${flag}: \`${value}\` is not one of ${values.join(', ')}${guess ? ` (did you mean ${guess}?)` : ''}`);
}

function onlyTarget(targets: readonly Target[], reference: string, path: string, canvas: Parameters<typeof describeTarget>[0]): Target {
  if (targets.length === 0) {
    const guess = closestReference(canvas, reference);
    throw new UsageError(`--to: nothing in ${path} has the id or name \`${reference}\`${guess ? ` (did you mean ${guess}?)` : ''}`);
  }
  if (targets.length > 1) {
    const listed = targets.map((target) => describeTarget(canvas, target)).join('; ');
    throw new UsageError(`--to: \`${reference}\` names ${targets.length} things in ${path}: ${listed}; give one an id and use that`);
  }
  const target = targets[0]!;
  if (target.kind === 'item' && target.block === 'key_metrics') {
    throw new UsageError('--to: a key metric is a choice, not a guess, so it has no status or evidence; record the evidence on what it measures');
  }
  return target;
}
