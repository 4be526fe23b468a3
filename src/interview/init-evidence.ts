// "Record evidence" in the review of `bmc init`: a founder who has already tested something
// (talked with customers, run a landing page) says so before the canvas is written. Pick what was
// tested (a segment, a job, pain or gain, an item), answer the short form of bmc edit
// (evidence-form.ts), and the draft canvas carries the `evidence` entry and the new `status`.
import { allTargets, describeTarget, targetName, targetNoun, targetPath, targetValue, type Target } from '../edit/targets.js';
import { anyBlockInfo } from '../format/blocks.js';
import { statusOf, type Canvas } from '../format/canvas.js';
import { askEvidence, recordedLine } from './evidence-form.js';
import type { Place } from './place.js';
import { separator, type Choice, type ChoiceSeparator, type InterviewIO } from './prompts.js';

const BACK = 'back';

/** Asks what was tested and the form, and records the answers on the canvas; "Back" records nothing. */
export async function recordEvidenceInDraft(io: InterviewIO, place: Place, canvas: Canvas): Promise<void> {
  const targets = new Map(testable(canvas).map((target) => [targetPath(target).join('.'), target]));
  const picked = await io.prompts.select<string>({
    message: 'What did you test?',
    choices: [...targetChoices(canvas, targets), separator('──'), { value: BACK, name: 'Back to the review' }],
  });
  const target = targets.get(picked);
  if (!target) return;
  const tested = targetValue(canvas, target);
  place.about(targetName(canvas, target));
  const record = await askEvidence(io, statusOf(tested));
  place.about(undefined);
  if (record.status !== undefined) tested.status = record.status;
  tested.evidence = [...(tested.evidence ?? []), record.entry];
  io.print(io.colors.green(`✔ ${recordedLine(describeTarget(canvas, target), record)}`));
}

/** Everything that takes a status: all but key metrics (a choice of what to watch, not a guess). */
function testable(canvas: Canvas): Target[] {
  return allTargets(canvas).filter((target) => target.kind !== 'item' || target.block !== 'key_metrics');
}

/** Under a heading per block; a job, pain or gain under its segment, saying whose it is. */
function targetChoices(canvas: Canvas, targets: ReadonlyMap<string, Target>): (Choice<string> | ChoiceSeparator)[] {
  const choices: (Choice<string> | ChoiceSeparator)[] = [];
  let block = '';
  for (const [value, target] of targets) {
    const title = anyBlockInfo(target.kind === 'item' ? target.block : 'customer_segments').title;
    if (title !== block) choices.push(separator(`── ${title}`));
    block = title;
    const status = statusOf(targetValue(canvas, target));
    const notes = [
      ...(target.kind === 'segment' ? ['segment'] : []),
      ...(target.kind === 'entry' ? [`${targetNoun(target)} of ${canvas.customer_segments[target.segment]!.name}`] : []),
      ...(status === 'assumed' ? [] : [status]),
    ];
    const name = `${targetName(canvas, target)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
    choices.push({ value, name, short: describeTarget(canvas, target) });
  }
  return choices;
}
