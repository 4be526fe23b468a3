// What the Value Proposition Canvas of one segment shows, before any geometry: the customer
// profile (jobs, pains, gains, most important first) and the value map (products, pain
// relievers, gain creators) of the value propositions serving the segment, with the links
// between them and the fit figure. The fit and which proposition addresses what come from
// the report model (src/model/report.ts), so `bmc render` and `bmc report` never disagree.
import { serves } from '../../../format/blocks.js';
import type { Canvas, ValueProposition } from '../../../format/canvas.js';
import { buildReport, type Fit, type ReportGain, type ReportJob, type ReportPain } from '../../../model/report.js';
import { humanize } from '../note-content.js';

export type ProfileSectionKey = 'jobs' | 'pains' | 'gains' | 'products' | 'pain_relievers' | 'gain_creators';

export interface ProfileEntry {
  /** "P1", "G2": the mark that links a pain or gain to what addresses it; absent on jobs and products. */
  key?: string;
  text: string;
  /** Kind, importance or severity; "not addressed" for a pain or gain nothing relieves or creates. */
  detail: string;
  /** Keys of the pains relieved or gains created by a reliever or creator, in key order. */
  links: string[];
}

export interface ProfileContent {
  canvasName: string;
  date?: string;
  segment: { id: string; name: string; index: number };
  /** The same figure `bmc report` prints. */
  fit: Fit;
  sections: Record<ProfileSectionKey, ProfileEntry[]>;
}

export function profileContent(canvas: Canvas, segmentId: string): ProfileContent {
  const index = canvas.customer_segments.findIndex((segment) => segment.id === segmentId);
  if (index < 0) throw new RangeError(`no segment ${segmentId}`);
  const segment = canvas.customer_segments[index]!;
  const report = buildReport(canvas).segments[index]!;
  const propositions = canvas.value_propositions.filter((proposition) => serves(proposition, segment.id));

  const jobs = byScore(report.profile.jobs, (job) => job.importance).map((job) => jobEntry(job));
  const pains = byScore(report.profile.pains, (pain) => pain.severity);
  const gains = byScore(report.profile.gains, (gain) => gain.importance);
  const painKeys = keysById(pains, 'P');
  const gainKeys = keysById(gains, 'G');

  return {
    canvasName: canvas.name,
    ...(canvas.date ? { date: canvas.date } : {}),
    segment: { id: segment.id, name: segment.name, index },
    fit: report.fit,
    sections: {
      jobs,
      pains: pains.map((pain, position) => painEntry(pain, `P${position + 1}`)),
      gains: gains.map((gain, position) => gainEntry(gain, `G${position + 1}`)),
      products: [...new Set(propositions.flatMap((proposition) => proposition.products ?? []))].map((text) => ({ text, detail: '', links: [] })),
      pain_relievers: addressing(propositions, (proposition) => proposition.relieves, painKeys),
      gain_creators: addressing(propositions, (proposition) => proposition.creates, gainKeys),
    },
  };
}

/** Highest score first, unscored after scored, file order among equals. */
function byScore<T>(entries: readonly T[], score: (entry: T) => number | null): T[] {
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (score(b.entry) ?? 0) - (score(a.entry) ?? 0) || a.order - b.order)
    .map(({ entry }) => entry);
}

function keysById(entries: readonly { id: string | null }[], prefix: string): Map<string, string> {
  const keys = new Map<string, string>();
  entries.forEach((entry, position) => {
    if (entry.id !== null) keys.set(entry.id, `${prefix}${position + 1}`);
  });
  return keys;
}

function jobEntry(job: ReportJob): ProfileEntry {
  return { text: job.text, detail: details([humanize(job.kind ?? undefined), importance(job.importance)]), links: [] };
}

function painEntry(pain: ReportPain, key: string): ProfileEntry {
  return {
    key,
    text: pain.text,
    detail: details([pain.severity === null ? undefined : `severity ${pain.severity}/5`, pain.addressed_by.length === 0 ? 'not relieved' : undefined]),
    links: [],
  };
}

function gainEntry(gain: ReportGain, key: string): ProfileEntry {
  return {
    key,
    text: gain.text,
    detail: details([humanize(gain.kind ?? undefined), importance(gain.importance), gain.addressed_by.length === 0 ? 'not created' : undefined]),
    links: [],
  };
}

/**
 * The propositions that relieve (or create) at least one of this segment's pains (or gains),
 * each with the keys of those it addresses. Another segment's pains, which a shared
 * proposition may also relieve, are not on this picture.
 */
function addressing(
  propositions: readonly ValueProposition[],
  references: (proposition: ValueProposition) => string[] | undefined,
  keys: ReadonlyMap<string, string>,
): ProfileEntry[] {
  return propositions.flatMap((proposition) => {
    const links = [...new Set((references(proposition) ?? []).map((id) => keys.get(id)).filter((key): key is string => key !== undefined))];
    if (links.length === 0) return [];
    links.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    return [{ text: proposition.name, detail: '', links }];
  });
}

function importance(value: number | null): string | undefined {
  return value === null ? undefined : `importance ${value}/5`;
}

/** "Functional · importance 5/5": the no-break space keeps each dot with the word before it. */
function details(parts: (string | undefined)[]): string {
  const text = parts.filter((part): part is string => part !== undefined && part !== '').join('\u00A0· ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

