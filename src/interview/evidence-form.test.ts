// The sample size of the evidence form: a text question with `bmc add evidence --sample`'s rule,
// empty for none, and a message that says what it takes (not inquirer's "between 1 and Infinity").
import { describe, expect, it } from 'vitest';
import { confirm, input, scriptedIO, select, type Step } from '../../test/prompt-script.js';
import { askEvidence } from './evidence-form.js';

const REFUSED = /^The sample is a whole number, 1 or more, or empty for none$/;

function form(samples: Step[]): Step[] {
  return [
    select('Its status after this test?', 'keep'),
    select('How was it tested?', 'survey'),
    select('What did it show?', 'supports'),
    input('What was learned', 'Most said yes'),
    confirm('Add a date other than today', true),
    input('Date (YYYY-MM-DD):', ''),
    ...samples,
    input('Link to the notes or data', ''),
  ];
}

describe('the evidence form: sample size', () => {
  it('refuses what --sample refuses, with its rule, and takes a whole number', async () => {
    const io = scriptedIO(
      form([
        ...['0', '-3', '1.5', '1e3', 'ten', '12 people', '99999999999999999999'].map((typed) => input('How many people, answers or cases', typed, { refusedWith: REFUSED })),
        input('How many people, answers or cases', ' 12 '),
      ]),
    );
    const record = await askEvidence(io, 'assumed', '2026-11-30');
    expect(io.remaining()).toEqual([]);
    expect(record).toEqual({ entry: { date: '2026-11-30', method: 'survey', result: 'supports', note: 'Most said yes', sample: 12 } });
  });

  it('records no sample for an empty answer', async () => {
    const io = scriptedIO(form([input('How many people, answers or cases (empty: skip):', '')]));
    const record = await askEvidence(io, 'assumed', '2026-11-30');
    expect(record.entry).toEqual({ date: '2026-11-30', method: 'survey', result: 'supports', note: 'Most said yes' });
  });
});
