// `bmc add segment [file]`: read and check the canvas (only a valid one is edited), ask about the
// new segment, edit the YAML document in place, show the summary, write atomically.
import { canvasInFolder } from '../io/default-canvas.js';
import { errorCount, wholeFileProblem } from '../load/problem.js';
import { formatStylish } from '../views/validation/stylish.js';
import { fileHolds, readSource } from '../io/read-source.js';
import { assertWritable } from '../io/atomic-write.js';
import { checkCanvasText } from '../model/check-canvas.js';
import { colorsFor } from '../terminal/colors.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../terminal/errors.js';
import { addSegmentToText } from '../edit/add-segment.js';
import { interviewNewSegment } from './add-segment-interview.js';
import type { InterviewIO } from './prompts.js';
import { writeOrShow } from './run-init.js';
import { summaryLines } from '../views/summary.js';
import { verifyOutput } from '../edit/verify-output.js';

export async function runAddSegment(file: string | undefined): Promise<number> {
  const path = file ?? canvasInFolder(process.cwd(), 'bmc add segment <file>');
  const source = readSource(path);
  if (source.kind === 'unreadable') {
    const hint = file === undefined ? '; create one with `bmc init`, or name the canvas to edit' : '';
    throw new UsageError(`cannot read ${path}: ${source.message}${hint}`);
  }
  const original = source.kind === 'text' ? source.text : '';
  const checked =
    source.kind === 'text'
      ? checkCanvasText(original)
      : { problems: [wholeFileProblem(source.rule, source.message)] };
  if (!('canvas' in checked) || !checked.canvas || !checked.document || errorCount(checked.problems) > 0) {
    process.stderr.write(formatStylish([{ file: path, problems: checked.problems }], { colors: colorsFor(process.stderr) }));
    process.stderr.write(`bmc: ${path} does not validate; fix it first (add segment edits only a valid canvas). Nothing written.\n`);
    return EXIT_INVALID;
  }
  assertWritable(path, { overwrite: true });
  if (!process.stdin.isTTY) {
    throw new UsageError('add segment asks its questions in a terminal, and stdin is not one; run it in a terminal, or edit the file by hand');
  }

  const { realPrompts } = await import('./real-prompts.js');
  const colors = colorsFor(process.stdout);
  const print = (line: string): void => void process.stdout.write(`${line}\n`);
  const io: InterviewIO = { prompts: realPrompts, print, colors };
  const addition = await interviewNewSegment(io, checked.canvas);

  const text = addSegmentToText(original, checked.document, checked.canvas, addition);
  const { canvas, problems } = verifyOutput(text);
  for (const line of summaryLines(canvas, problems, colors)) print(line);
  // The interview took minutes: if the file was changed meanwhile (an editor saved it), keep that,
  // and show the edited canvas so the answers are not lost either.
  if (!fileHolds(path, original)) {
    process.stdout.write(`\nThe canvas with the new segment, to copy what you need:\n\n${text}\n`);
    throw new UsageError(`${path} was changed while you were answering, so nothing was written; run bmc add segment again`);
  }
  writeOrShow(path, text, { overwrite: true });
  print('');
  print(colors.green(`Added segment ${addition.segment.name} (${addition.segment.id}) to ${path}.`));
  return EXIT_OK;
}
