// The short form that records a test of an assumption ("Record evidence" in bmc edit and in the
// review of bmc init): the status it leads to, how it was tested, what it showed, a note; then,
// only if wanted, the date (today by default), the sample and a link. The answers become an
// EvidenceRecord: an edit of the file (src/edit/evidence.ts), or fields of init's draft canvas.
import { impossibleDate } from '../check/calendar-date.js';
import { parseSample, SAMPLE_RULE, type EvidenceRecord } from '../edit/evidence.js';
import { EVIDENCE_METHODS, EVIDENCE_RESULTS, STATUSES, type EvidenceEntry, type EvidenceMethod, type EvidenceResult, type Status } from '../format/canvas.js';
import { localDate } from '../model/check-canvas.js';
import type { InterviewIO } from './prompts.js';

const METHOD_TEXT: Record<EvidenceMethod, string> = {
  interview: 'interview: talked with customers',
  survey: 'survey: asked many, in writing',
  focus_group: 'focus group: a guided discussion',
  research: 'research: published studies and figures',
  experiment: 'experiment: a landing page, a pilot, a pre-sale',
  data: 'data: usage or sales figures',
  other: 'other',
};

const RESULT_TEXT: Record<EvidenceResult, string> = {
  supports: 'supports it',
  refutes: 'refutes it',
  inconclusive: 'inconclusive',
};

/** Asks the form; `current` is the status the thing has now (absent: assumed). */
export async function askEvidence(io: InterviewIO, current: Status, today = localDate(new Date())): Promise<EvidenceRecord> {
  const status = await io.prompts.select<Status | 'keep'>({
    message: 'Its status after this test?',
    choices: [{ value: 'keep', name: `Keep it: ${current}` }, ...STATUSES.filter((status) => status !== current).map((status) => ({ value: status, name: status }))],
  });
  const method = await io.prompts.select<EvidenceMethod>({
    message: 'How was it tested?',
    choices: EVIDENCE_METHODS.map((value) => ({ value, name: METHOD_TEXT[value], short: value })),
  });
  const result = await io.prompts.select<EvidenceResult>({
    message: 'What did it show?',
    choices: EVIDENCE_RESULTS.map((value) => ({ value, name: RESULT_TEXT[value], short: value })),
  });
  const note = (
    await io.prompts.input({ message: 'What was learned (a sentence):', validate: (value) => (value.trim() === '' ? 'A note is needed' : true) })
  ).trim();
  const entry: EvidenceEntry = { date: today, method, result, note };
  if (await io.prompts.confirm({ message: `Add a date other than today, a sample size or a link?`, default: false })) {
    entry.date = (await io.prompts.input({ message: 'Date (YYYY-MM-DD):', default: today, validate: checkDate })).trim();
    // A text question with --sample's own rule: the number prompt said "between 1 and Infinity".
    const sample = parseSample(await io.prompts.input({ message: 'How many people, answers or cases (empty: skip):', validate: checkSample }));
    if (sample !== undefined) entry.sample = sample;
    const link = (await io.prompts.input({ message: 'Link to the notes or data (empty: none):' })).trim();
    if (link !== '') entry.link = link;
  }
  return status === 'keep' ? { entry } : { entry, status };
}

/** What was recorded, in one line: `Recorded evidence on channel “App”: interview, supports; now validated.` */
export function recordedLine(what: string, record: EvidenceRecord): string {
  const status = record.status === undefined ? '' : `; now ${record.status}`;
  return `Recorded evidence on ${what}: ${record.entry.method}, ${record.entry.result}${status}.`;
}

function checkDate(value: string): true | string {
  const date = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'A date as YYYY-MM-DD';
  return impossibleDate(date) ?? true;
}

/** Empty (no sample) or what `bmc add evidence --sample` takes. */
function checkSample(value: string): true | string {
  if (value.trim() === '' || parseSample(value) !== undefined) return true;
  return `The sample is ${SAMPLE_RULE}, or empty for none`;
}
