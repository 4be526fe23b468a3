// The questions about one customer segment and, if the founder wants, its customer profile.
import type { CustomerProfile, CustomerSegment, Gain, Job, Pain, SegmentTraits } from '../format/canvas.js';
import { askList, askOne, askScale, askText, withoutUndefined } from './ask.js';
import { GAIN_KIND_TEXT, JOB_KIND_TEXT, SEGMENT_TYPE_TEXT } from './explanations.js';
import type { InterviewIO } from './prompts.js';
import { checkNewId, uniqueId } from '../edit/slug.js';

/** Ids already used in the canvas: segment, pain and gain ids share one namespace with items' ids. */
export type TakenIds = Set<string>;

/**
 * Asks for segment number `ordinal`. Returns undefined when the name is left empty and `optional`
 * (a second thoughts after "Add another segment?"); the first segment is required.
 */
export async function askSegment(
  io: InterviewIO,
  ordinal: number,
  taken: TakenIds,
  optional: boolean,
): Promise<CustomerSegment | undefined> {
  const name = (
    await io.prompts.input({
      message: `Segment ${ordinal} — who are they?${optional ? ' (empty: no more segments)' : ''}`,
      validate: (value) =>
        optional || value.trim() !== ''
          ? true
          : 'A canvas needs at least one segment: name a group you serve, e.g. “Coffee lovers at home”',
    })
  ).trim();
  if (name === '') return undefined;

  const proposed = uniqueId(name, taken, 'segment');
  const id = (
    await io.prompts.input({
      message: 'Id, to refer to it in the file:',
      default: proposed,
      validate: (value) => checkNewId(value.trim(), taken),
    })
  ).trim();
  taken.add(id);

  const segment: CustomerSegment = { id, name };
  segment.type = await askOne(io, 'What kind of segment is it?', SEGMENT_TYPE_TEXT);
  const pays = await io.prompts.confirm({
    message: 'Do they pay you? (No: the model needs them, but they bring no revenue)',
    default: true,
  });
  if (!pays) segment.pays = false;
  segment.description = await askText(io, 'Describe them in a sentence (optional):');
  const traits = 'Note segmentation traits (demographic, geographic, psychographic, behavioral)?';
  if (await io.prompts.confirm({ message: traits, default: false })) segment.traits = await askTraits(io);
  const profile = 'Sketch their customer profile: jobs, pains and gains?';
  if (await io.prompts.confirm({ message: profile, default: false })) segment.profile = await askProfile(io, taken);
  return withoutUndefined(segment);
}

async function askTraits(io: InterviewIO): Promise<SegmentTraits | undefined> {
  io.print(io.colors.dim('  Comma-separated, each optional.'));
  const traits: SegmentTraits = {
    demographic: await askList(io, 'Demographic (age, income, job, ...):'),
    geographic: await askList(io, 'Geographic (countries, cities, areas):'),
    psychographic: await askList(io, 'Psychographic (values, attitudes, lifestyle):'),
    behavioral: await askList(io, 'Behavioral (habits, usage, loyalty):'),
  };
  const kept = withoutUndefined(traits);
  return Object.keys(kept).length === 0 ? undefined : kept;
}

async function askProfile(io: InterviewIO, taken: TakenIds): Promise<CustomerProfile | undefined> {
  const importance = 'Importance, 1 (insignificant) to 5 (crucial), empty to skip:';

  io.print(io.colors.bold('  Jobs — what are they trying to get done?'));
  const jobs: Job[] = [];
  for (let text = await askEntry(io, 'Job', 1); text; text = await askEntry(io, 'Job', jobs.length + 1)) {
    const kind = await askOne(io, 'Kind of job:', JOB_KIND_TEXT);
    jobs.push(withoutUndefined({ text, kind, importance: await askScale(io, importance) }));
  }

  io.print(io.colors.bold('  Pains — what annoys them, or stands in the way, before, during or after the job?'));
  const pains: Pain[] = [];
  for (let text = await askEntry(io, 'Pain', 1); text; text = await askEntry(io, 'Pain', pains.length + 1)) {
    // Pains and gains get ids so value propositions can say which ones they relieve or create.
    const id = newEntryId(text, taken, 'pain');
    pains.push(withoutUndefined({ id, text, severity: await askScale(io, 'Severity, 1 (moderate) to 5 (extreme), empty to skip:') }));
  }

  io.print(io.colors.bold('  Gains — what outcomes and benefits do they want?'));
  const gains: Gain[] = [];
  for (let text = await askEntry(io, 'Gain', 1); text; text = await askEntry(io, 'Gain', gains.length + 1)) {
    const id = newEntryId(text, taken, 'gain');
    const kind = await askOne(io, 'Kind of gain:', GAIN_KIND_TEXT);
    gains.push(withoutUndefined({ id, text, kind, importance: await askScale(io, importance) }));
  }

  const profile: CustomerProfile = {};
  if (jobs.length > 0) profile.jobs = jobs;
  if (pains.length > 0) profile.pains = pains;
  if (gains.length > 0) profile.gains = gains;
  return Object.keys(profile).length === 0 ? undefined : profile;
}

function newEntryId(text: string, taken: TakenIds, fallback: string): string {
  const id = uniqueId(text, taken, fallback, 32);
  taken.add(id);
  return id;
}

function askEntry(io: InterviewIO, noun: string, ordinal: number): Promise<string | undefined> {
  return askText(io, `${noun} ${ordinal}${ordinal === 1 ? ' (empty: none)' : ' (empty when done)'}:`);
}
