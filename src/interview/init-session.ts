// The interview of `bmc init` with its draft: offer to resume a draft kept for the same file,
// record every answer as it is given, and on Ctrl+C say where the answers are and how to go on.
import { CancelledError, isCancelledError } from '../terminal/errors.js';
import type { Canvas } from '../format/canvas.js';
import type { InterviewIO } from './prompts.js';
import { DraftRecorder, draftPathFor, readDraft, removeDraft } from './draft.js';
import { interviewCanvas, ReviewCancelled } from './init-interview.js';

/** --resume, --fresh, or neither (ask when there is a draft). */
export type DraftChoice = 'ask' | 'resume' | 'fresh';

export interface InterviewResult {
  canvas: Canvas;
  /** Call once the canvas is written: the draft has served. */
  done(): void;
}

export async function interviewWithDraft(target: string, choice: DraftChoice, io: InterviewIO): Promise<InterviewResult> {
  const path = draftPathFor(target);
  const draft = readDraft(path);
  let replay = draft?.answers ?? [];
  if (replay.length > 0 && choice !== 'resume') {
    const resume =
      choice === 'ask' &&
      (await io.prompts.confirm({
        message: `A draft of ${target} (${replay.length} answers, ${draft!.savedAt.toLocaleString()}) was kept: pick up where you stopped? (No: start afresh)`,
        default: true,
      }));
    if (!resume) replay = [];
  }
  if (replay.length > 0) io.print(io.colors.dim(`Picking up where you stopped: ${replay.length} answers from ${path}.`));
  const recorder = new DraftRecorder(path, replay);
  try {
    const canvas = await interviewCanvas(recorder.wrap(io));
    return { canvas, done: () => removeDraft(path) };
  } catch (error) {
    if (!isCancel(error)) throw error;
    if (error instanceof ReviewCancelled) recorder.dropLast();
    if (!recorder.hasAnswers) throw new CancelledError('Cancelled — nothing written');
    throw new CancelledError(
      `Cancelled — no canvas written. Your answers are kept in ${path}; run \`bmc init ${target}\` again to pick up where you stopped (--fresh starts over).`,
    );
  }
}

/** Ctrl+C at a prompt (@inquirer/prompts' ExitPromptError), or "cancel" at the review. */
function isCancel(error: unknown): boolean {
  return isCancelledError(error) || (error instanceof Error && error.name === 'ExitPromptError');
}
