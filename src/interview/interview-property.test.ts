// Property: whatever a founder answers, what init writes passes `bmc validate` and reads back as
// exactly the canvas the interview built; and add segment keeps any such file valid.
import { describe, expect, it } from 'vitest';
import { randomIO, seededRandom } from '../../test/random-prompts.js';
import { serves, itemsOf } from '../format/blocks.js';
import { normalizeCanvas } from '../model/normalize.js';
import { checkCanvasText } from '../model/check-canvas.js';
import { addSegment } from '../edit/canvas-edits.js';
import { openEditable } from '../edit/editable.js';
import { interviewNewSegment } from './add-segment-interview.js';
import { canvasText } from '../edit/canvas-document.js';
import type { Canvas } from '../format/canvas.js';
import { interviewCanvas, ReviewCancelled } from './init-interview.js';
import type { InterviewIO } from './prompts.js';

/** The canvas of a random interview, or undefined when the founder cancelled at the review. */
async function randomCanvas(io: InterviewIO): Promise<Canvas | undefined> {
  try {
    return await interviewCanvas(io);
  } catch (error) {
    if (error instanceof ReviewCancelled) return undefined;
    throw error;
  }
}

const RUNS = 200;
/** Hundreds of interviews, each with its review: more than a single test's default on a busy machine. */
const PROPERTY_TIMEOUT_MS = 120_000;

describe('init on random answers', () => {
  it(`writes a valid canvas that reads back as built (${RUNS} founders)`, async () => {
    let questions = 0;
    for (let seed = 1; seed <= RUNS; seed += 1) {
      const io = randomIO(seededRandom(seed));
      const canvas = await randomCanvas(io);
      questions += io.questions;
      if (!canvas) continue;
      const text = canvasText(canvas, '../schemas/canvas.schema.json');
      const checked = checkCanvasText(text);
      const errors = checked.problems.filter((problem) => problem.severity === 'error');
      if (errors.length > 0) throw new Error(`seed ${seed}: ${JSON.stringify(errors)}\n${text}`);
      expect(checked.canvas, `seed ${seed}`).toEqual(normalizeCanvas(structuredClone(canvas)));
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/canvas.schema.json');
      expect(text.split('\n')[1]).toBe('bmc: 1');
    }
    // The answers really did walk the interview, not just its first questions.
    expect(questions / RUNS).toBeGreaterThan(25);
  }, PROPERTY_TIMEOUT_MS);
});

describe('add segment on random answers', () => {
  it(`keeps a random canvas valid and serves the new segment as answered (${RUNS} edits)`, async () => {
    for (let seed = 1; seed <= RUNS; seed += 1) {
      const random = seededRandom(seed * 7919);
      const built = await randomCanvas(randomIO(random));
      if (!built) continue;
      const original = canvasText(built, 'canvas.schema.json');
      const before = checkCanvasText(original);
      const addition = await interviewNewSegment(randomIO(random), before.canvas!);
      const opened = openEditable(original);
      if (!opened.ok) throw new Error(`seed ${seed}: ${JSON.stringify(opened.problems)}`);
      const text = addSegment(opened.canvas, addition);
      const after = checkCanvasText(text);
      const errors = after.problems.filter((problem) => problem.severity === 'error');
      if (errors.length > 0) throw new Error(`seed ${seed}: ${JSON.stringify(errors)}\n${text}`);
      const canvas = after.canvas!;
      const id = addition.segment.id;
      expect(canvas.customer_segments.at(-1)).toEqual(normalizeCanvas({ customer_segments: [addition.segment] }).customer_segments[0]);
      for (const answer of addition.existing) {
        const item = itemsOf(canvas, answer.block)[answer.index]!;
        expect(serves(item, id), `seed ${seed}: ${answer.block}[${answer.index}]`).toBe(answer.serves);
        // The segments it served before, it still serves.
        for (const segment of before.canvas!.customer_segments) {
          expect(serves(item, segment.id)).toBe(serves(itemsOf(before.canvas!, answer.block)[answer.index]!, segment.id));
        }
      }
      for (const [block, added] of Object.entries(addition.added)) {
        const items = itemsOf(canvas, block as Parameters<typeof itemsOf>[1]);
        expect(items.slice(-added.length).map((item) => item.name)).toEqual(added.map((item) => item.name));
      }
      // The comments the file had are all still there.
      const comments = original.split('\n').filter((line) => line.includes('#')).map((line) => line.slice(line.indexOf('#')));
      for (const comment of comments) expect(text).toContain(comment);
    }
  }, PROPERTY_TIMEOUT_MS);
});
