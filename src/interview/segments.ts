// The first block: the customer segments, one by one, each with its kind, whether it pays,
// optional details behind one yes/no, and its customer profile (jobs, pains, gains) as lists.
import type { CustomerProfile, CustomerSegment, Gain, Job, Pain } from '../format/canvas.js';
import { askList, askOne, askScale, askText, withoutUndefined } from './ask.js';
import { GAIN_KIND_TEXT, JOB_KIND_TEXT, SEGMENT_TYPE_TEXT } from './explanations.js';
import type { InterviewIO } from './prompts.js';
import { checkNewId, uniqueId } from '../edit/slug.js';
import { askEntries } from './lists.js';
import type { Place } from './place.js';

/** Ids already used in the canvas: segments, items, pains and gains share one namespace. */
export type TakenIds = Set<string>;

/** The segments, until the founder says there are no more. */
export async function askSegments(io: InterviewIO, place: Place, taken: TakenIds): Promise<CustomerSegment[]> {
  const segments: CustomerSegment[] = [];
  for (;;) {
    segments.push(await askSegment(io, place, segments.length + 1, taken));
    place.about(undefined);
    const last = segments.at(-1)!;
    // A multi-sided segment exists because of another side: that one is usually next.
    const needsAnotherSide = last.type === 'multi_sided' && segments.length === 1;
    const message = needsAnotherSide ? `Add another segment? (${last.name} is multi-sided: name its other side)` : 'Add another segment?';
    if (!(await io.prompts.confirm({ message, default: needsAnotherSide }))) break;
  }
  await askDependencies(io, place, segments);
  return segments;
}

export async function askSegment(io: InterviewIO, place: Place, ordinal: number, taken: TakenIds): Promise<CustomerSegment> {
  const name = (
    await io.prompts.input({
      message: `Segment ${ordinal} — who are they?`,
      validate: (value) => (value.trim() !== '' ? true : 'Name the group you serve, e.g. “Coffee lovers at home”'),
    })
  ).trim();
  place.about(name);
  const segment: CustomerSegment = { id: claim(uniqueId(name, taken, 'segment'), taken), name };
  segment.type = await askOne(io, 'What kind of segment is it?', SEGMENT_TYPE_TEXT);
  if (!(await io.prompts.confirm({ message: 'Do they pay you? (No: the model needs them, but they bring no revenue)', default: true }))) {
    segment.pays = false;
  }
  if (await io.prompts.confirm({ message: `More about them: a description, traits, its id \`${segment.id}\`?`, default: false })) {
    await askSegmentDetails(io, segment, taken);
  }
  if (await io.prompts.confirm({ message: 'Sketch their customer profile: jobs, pains and gains?', default: false })) {
    segment.profile = await askProfile(io, taken);
  }
  return withoutUndefined(segment);
}

async function askSegmentDetails(io: InterviewIO, segment: CustomerSegment, taken: TakenIds): Promise<void> {
  segment.id = await askId(io, 'Its id, how the other blocks refer to it:', segment.id, taken);
  segment.description = await askText(io, 'Describe them in a sentence (optional):');
  const traits = withoutUndefined({
    demographic: await askList(io, 'Demographic traits (age, income, job; comma-separated, optional):'),
    geographic: await askList(io, 'Geographic traits (countries, cities, areas; optional):'),
    psychographic: await askList(io, 'Psychographic traits (values, attitudes, lifestyle; optional):'),
    behavioral: await askList(io, 'Behavioral traits (habits, usage, loyalty; optional):'),
  });
  if (Object.keys(traits).length > 0) segment.traits = traits;
}

/**
 * A multi-sided segment needs the other sides. With one other segment, that is the answer; with
 * more, every other segment starts ticked (a platform usually needs all its other sides).
 */
export async function askDependencies(io: InterviewIO, place: Place, segments: readonly CustomerSegment[], asked = segments): Promise<void> {
  for (const segment of asked) {
    const others = segments.filter((other) => other !== segment);
    if (segment.type !== 'multi_sided' || others.length === 0) continue;
    if (others.length === 1) {
      segment.depends_on = [others[0]!.id];
      io.print(io.colors.dim(`  ${segment.name} is multi-sided: it depends on ${others[0]!.name}.`));
      continue;
    }
    place.about(segment.name);
    const dependsOn = await io.prompts.checkbox<string>({
      message: 'It is multi-sided: which segments does it need? (all start ticked)',
      choices: others.map((other) => ({ value: other.id, name: other.name, short: other.name, checked: true })),
    });
    place.about(undefined);
    if (dependsOn.length > 0) segment.depends_on = dependsOn;
  }
}

async function askProfile(io: InterviewIO, taken: TakenIds): Promise<CustomerProfile | undefined> {
  const profile: CustomerProfile = {};
  const jobs = (await askEntries(io, 'Jobs they are trying to get done')).map((text): Job => ({ text }));
  if (jobs.length > 0 && (await io.prompts.confirm({ message: 'Rate these jobs: kind and importance?', default: false }))) {
    for (const job of jobs) {
      job.kind = await askOne(io, `“${job.text}”: what kind of job?`, JOB_KIND_TEXT);
      job.importance = await askScale(io, `“${job.text}”: importance, 1 (insignificant) to 5 (crucial), empty to skip:`);
    }
  }
  const pains = await askScored(io, taken, 'pain', 'Pains: what annoys them or stands in their way', 'severity', 'Severity, 1 (moderate) to 5 (extreme)');
  const gains = await askScored(io, taken, 'gain', 'Gains: what outcomes and benefits do they want', 'importance', 'Importance, 1 (insignificant) to 5 (crucial)');
  if (jobs.length > 0) profile.jobs = jobs.map((job) => withoutUndefined(job));
  if (pains.length > 0) profile.pains = pains;
  if (gains.length > 0) profile.gains = gains;
  return Object.keys(profile).length === 0 ? undefined : profile;
}

/**
 * Pains or gains as a list. Each gets an id (value propositions refer to it) made of whole
 * words of its text, shown at once; ids and scores are changed behind one yes/no.
 */
async function askScored<K extends 'pain' | 'gain'>(
  io: InterviewIO,
  taken: TakenIds,
  kind: K,
  question: string,
  score: 'severity' | 'importance',
  scale: string,
): Promise<(K extends 'pain' ? Pain : Gain)[]> {
  const entries = (await askEntries(io, question)).map((text) => ({ id: claim(uniqueId(text, taken, kind, 32), taken), text }) as Pain & Gain);
  if (entries.length === 0) return [];
  io.print(io.colors.dim(`  ${kind} ids: ${entries.map((entry) => `\`${entry.id}\``).join(', ')}`));
  const what = kind === 'gain' ? `ids, kind and ${score}` : `ids and ${score}`;
  if (await io.prompts.confirm({ message: `Change these ${kind}s' ${what}?`, default: false })) {
    for (const entry of entries) {
      taken.delete(entry.id!);
      entry.id = await askId(io, `“${entry.text}”: id`, entry.id!, taken);
      if (kind === 'gain') entry.kind = await askOne(io, `“${entry.text}”: what kind of gain?`, GAIN_KIND_TEXT);
      entry[score] = await askScale(io, `“${entry.text}”: ${scale.charAt(0).toLowerCase()}${scale.slice(1)}, empty to skip:`);
    }
  }
  return entries.map((entry) => withoutUndefined(entry)) as (K extends 'pain' ? Pain : Gain)[];
}

/** An id the founder may edit (it starts typed in), checked against the ids already taken. */
export async function askId(io: InterviewIO, message: string, proposed: string, taken: TakenIds): Promise<string> {
  taken.delete(proposed);
  const id = (
    await io.prompts.input({ message, default: proposed, prefill: 'editable', validate: (value) => checkNewId(value.trim(), taken) })
  ).trim();
  return claim(id, taken);
}

function claim(id: string, taken: TakenIds): string {
  taken.add(id);
  return id;
}
