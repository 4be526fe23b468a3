// `bmc add <kind>` without --name: a short interview for one item or profile entry. Its name, the
// segments it serves (not asked when there is one), then the kind's own fields; for a job, pain or
// gain, whose profile (not asked when there is one segment), its text and its scale.
import { declaredIds } from '../check/id-index.js';
import type { AddKind, Addition } from '../edit/kinds.js';
import type { ProfileList } from '../edit/targets.js';
import { itemNoun } from '../edit/targets.js';
import type { Canvas } from '../format/canvas.js';
import { askOne, askScale, withoutUndefined } from './ask.js';
import { GAIN_KIND_TEXT, JOB_KIND_TEXT } from './explanations.js';
import { askItemFields, askServedSegments } from './item-questions.js';
import type { InterviewIO } from './prompts.js';
import { uniqueId } from '../edit/slug.js';

export async function interviewItemOrEntry(io: InterviewIO, kind: AddKind, canvas: Canvas): Promise<Addition> {
  if (kind.place === 'segment') throw new Error('segments have their own interview');
  io.print(io.colors.dim('Ctrl+C quits without changing the file.'));
  if (kind.place === 'item') {
    const noun = itemNoun(kind.block);
    const name = await askRequired(io, `Name of the new ${noun}:`, `A ${noun} needs a name`);
    if (kind.block === 'key_metrics' || kind.block === 'unfair_advantage') {
      // Lean Canvas blocks have no fields of their own; their segments are asked as for the
      // blocks behind the scenes (resources, activities): every segment ticked at first.
      const segments = await askServedSegments(io, 'key_resources', canvas.customer_segments);
      return { place: 'item', item: withoutUndefined({ name, segments }) };
    }
    const segments = await askServedSegments(io, kind.block, canvas.customer_segments);
    const served = segments ? canvas.customer_segments.filter((segment) => segments.includes(segment.id)) : canvas.customer_segments;
    const item = await askItemFields(io, kind.block, withoutUndefined({ name, segments }), served);
    return { place: 'item', item };
  }
  return askEntry(io, kind.list, canvas);
}

async function askEntry(io: InterviewIO, list: ProfileList, canvas: Canvas): Promise<Addition> {
  const segments = canvas.customer_segments;
  const noun = list.slice(0, -1);
  const segment =
    segments.length === 1
      ? segments[0]!.id
      : await io.prompts.select<string>({
          message: `Whose customer profile gets the ${noun}?`,
          choices: segments.map((each) => ({ value: each.id, name: each.name, short: each.name })),
        });
  const text = await askRequired(io, `The ${noun}, in a few words:`, `A ${noun} needs its text`);
  const importance = 'Importance, 1 (insignificant) to 5 (crucial), empty to skip:';
  if (list === 'jobs') {
    const kind = await askOne(io, 'Kind of job:', JOB_KIND_TEXT);
    return { place: 'entry', segment, entry: withoutUndefined({ text, kind, importance: await askScale(io, importance) }) };
  }
  // Pains and gains get ids so value propositions can name them in relieves and creates.
  const id = uniqueId(text, new Set(declaredIds(canvas).map((declared) => declared.id)), noun, 32);
  if (list === 'pains') {
    const severity = await askScale(io, 'Severity, 1 (moderate) to 5 (extreme), empty to skip:');
    return { place: 'entry', segment, entry: withoutUndefined({ id, text, severity }) };
  }
  const kind = await askOne(io, 'Kind of gain:', GAIN_KIND_TEXT);
  return { place: 'entry', segment, entry: withoutUndefined({ id, text, kind, importance: await askScale(io, importance) }) };
}

async function askRequired(io: InterviewIO, message: string, needed: string): Promise<string> {
  const answer = await io.prompts.input({ message, validate: (value) => (value.trim() === '' ? needed : true) });
  return answer.trim();
}
