import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCanvasText } from '../model/check-canvas.js';

const FIXTURE = readFileSync('test/fixtures/evidence-warnings.bmc.yaml', 'utf8');

function warnings(text: string, today: string): string[] {
  const { problems } = checkCanvasText(text, { today });
  return problems.map((p) => `${p.line}:${p.column} ${p.rule} ${p.path} | ${p.message}`);
}

describe('evidence warnings', () => {
  it('reports each rule at the status or date it is about, in words', () => {
    expect(warnings(FIXTURE, '2026-12-02')).toEqual([
      '7:13 status-without-evidence customer_segments[0].status | Segment Holiday flat hosts (`hosts`) is validated, but has no evidence; record the tests in `evidence`',
      '12:19 evidence-contradicts-status customer_segments[0].profile.pains[0].status | Pain "Guests who never come" of segment `hosts` is invalidated, but its only evidence entry supports it; check the status',
      '21:13 evidence-contradicts-status value_propositions[0].status | Value proposition "Deposit that protects hosts" is validated, but all 2 of its evidence entries refute it; check the status',
      '30:13 rests-on-invalidated channels[0].status | Channel "Flyers in tourist offices" is invalidated, yet segments `hosts` and `guests` have no other channel that stands; find one, or rethink the segment',
      '32:16 future-evidence channels[0].evidence[0].date | Evidence dated 2999-01-01 is in the future (today is 2026-12-02); write the date the test was done',
      '35:13 rests-on-invalidated channels[1].status | Channel "Host forum" is invalidated, yet segment Holiday flat hosts (`hosts`) has no other channel that stands; find one, or rethink the segment',
    ]);
  });

  it('compares evidence dates with the day it is given as today', () => {
    const future = warnings(FIXTURE, '2026-10-10').filter((line) => line.includes('future-evidence'));
    expect(future).toEqual([
      '24:16 future-evidence value_propositions[0].evidence[1].date | Evidence dated 2026-10-20 is in the future (today is 2026-10-10); write the date the test was done',
      '32:16 future-evidence channels[0].evidence[0].date | Evidence dated 2999-01-01 is in the future (today is 2026-10-10); write the date the test was done',
    ]);
    // Dated today is not the future.
    expect(warnings(FIXTURE, '2999-01-01').filter((line) => line.includes('future-evidence'))).toEqual([]);
  });

  it('is quiet when the status agrees with its evidence and something else still stands', () => {
    const text = [
      'bmc: 1',
      'name: X',
      'customer_segments: [{id: a, name: A, status: invalidated, evidence: [{date: 2026-01-02, method: survey, result: refutes, note: nobody}, {date: 2026-01-03, method: interview, result: supports, note: one}]}]',
      'value_propositions: [{name: V, status: invalidated, evidence: [{date: 2026-01-02, method: experiment, result: refutes, note: no}]}, {name: W, status: testing}]',
      'channels: [{name: C, segments: [a], status: invalidated, evidence: [{date: 2026-01-02, method: data, result: refutes, note: no}]}, {name: D}]',
      'customer_relationships: [R]',
      'revenue_streams: [{name: S, status: validated, evidence: [{date: 2026-01-02, method: data, result: inconclusive, note: some}, {date: 2026-01-09, method: data, result: refutes, note: fewer}]}]',
      '',
    ].join('\n');
    expect(warnings(text, '2026-12-02')).toEqual([]);
  });

  it('names a few stranded segments and counts the rest, for a shared invalidated item', () => {
    const segments = Array.from({ length: 6 }, (_, i) => `{id: s${i}, name: S${i}}`).join(', ');
    const text = `bmc: 1\nname: X\ncustomer_segments: [${segments}]\nvalue_propositions: [V]\nchannels: [C]\ncustomer_relationships: [R]\nrevenue_streams:\n  - name: Fee\n    status: invalidated\n    evidence: [{date: 2026-01-02, method: data, result: refutes, note: none paid}]\n`;
    expect(warnings(text, '2026-12-02').filter((line) => line.includes('rests-on-invalidated'))).toEqual([
      '9:13 rests-on-invalidated revenue_streams[0].status | Revenue stream "Fee" is invalidated, yet segments `s0`, `s1`, `s2` and 3 more have no other revenue stream that stands; find one, or rethink the segment',
    ]);
  });
});
