import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { generateCanvas } from '../../../scripts/bench/generate-canvas.mjs';
import { noColors } from '../../terminal/colors.js';
import { EXAMPLES, HOSTILE_CANVAS, exampleReport, onlySegment, reportFromText } from '../../../test/support/report-fixtures.js';
import { matrixTable, matrixTablePieces, segmentsTable } from './table.js';
import { textWidth } from '../text/width.js';

const plain = (width: number) => ({ colors: noColors, width });

function widest(output: string): number {
  return Math.max(...output.split('\n').map(textWidth));
}

describe('matrixTable', () => {
  it('draws segments as rows and blocks as columns on a wide terminal', () => {
    expect(matrixTable(exampleReport('tool-library'), plain(200))).toMatchInlineSnapshot(`
      "Neighbourhood Tool Library · 2026-09-30 · 3 customer segments

      ┌────────────────────────┬───────────────────────┬───────────────────┬───────────────────────┬─────────────────────┬──────────────────┬───────────────────────┬───────────────────────┬────────────────┐
      │ Customer segment       │ Value propositions    │ Channels          │ Customer              │ Revenue streams     │ Key resources    │ Key activities        │ Key partnerships      │ Cost structure │
      │                        │                       │                   │ relationships         │                     │                  │                       │                       │                │
      ├────────────────────────┼───────────────────────┼───────────────────┼───────────────────────┼─────────────────────┼──────────────────┼───────────────────────┼───────────────────────┼────────────────┤
      │ DIY households         │ • Borrow any tool for │ • Library website │ * Volunteer help desk │ • Yearly membership │ * Tool inventory │ * Lending and returns │ * Hardware store      │ * Rent         │
      │ diy-households ·       │   a week              │                   │                       │                     │ * Shop space     │ * Repairing tools     │   donations           │ * Insurance    │
      │ mass_market            │ * Workshops on        │                   │                       │                     │                  │                       │                       │                │
      │                        │   repairing things    │                   │                       │                     │                  │                       │                       │                │
      ├────────────────────────┼───────────────────────┼───────────────────┼───────────────────────┼─────────────────────┼──────────────────┼───────────────────────┼───────────────────────┼────────────────┤
      │ Small landlords        │ • Borrow any tool for │ —                 │ * Volunteer help desk │ —                   │ * Tool inventory │ * Lending and returns │ * Hardware store      │ * Rent         │
      │ landlords · niche      │   a week              │                   │                       │                     │ * Shop space     │ * Repairing tools     │   donations           │ * Insurance    │
      │                        │ * Workshops on        │                   │                       │                     │                  │                       │                       │                │
      │                        │   repairing things    │                   │                       │                     │                  │                       │                       │                │
      ├────────────────────────┼───────────────────────┼───────────────────┼───────────────────────┼─────────────────────┼──────────────────┼───────────────────────┼───────────────────────┼────────────────┤
      │ Makers and repair      │ * Workshops on        │ —                 │ * Volunteer help desk │                     │ * Tool inventory │ * Lending and returns │ * Hardware store      │ * Rent         │
      │ cafés                  │   repairing things    │                   │                       │                     │ * Shop space     │ * Repairing tools     │   donations           │ * Insurance    │
      │ makers · multi_sided   │                       │                   │                       │                     │                  │                       │                       │                │
      │ does not pay           │                       │                   │                       │                     │                  │                       │                       │                │
      └────────────────────────┴───────────────────────┴───────────────────┴───────────────────────┴─────────────────────┴──────────────────┴───────────────────────┴───────────────────────┴────────────────┘

      • names the segment · * shared: serves every segment · — gap: a block the segment cannot do without
      3 gaps: Small landlords has no channel and no revenue stream; Makers and repair cafés has no channel.
      "
    `);
  });

  it('turns the matrix round (a column per segment) when the blocks do not fit across', () => {
    expect(matrixTable(exampleReport('home-espresso'), plain(100))).toMatchInlineSnapshot(`
      "Home Espresso Club · 2026-11-22 · 2 customer segments

      ┌────────────────────────┬────────────────────────────────────┬────────────────────────────────────┐
      │ Block                  │ ✓ Coffee lovers at home            │ ~ Small offices                    │
      │                        │ home-drinkers · niche              │ offices · segmented                │
      │                        │ 2 of 15 items validated (1         │ 1 of 12 items validated            │
      │                        │ testing, 1 invalidated)            │                                    │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Value propositions     │ • ✓ Café-quality espresso at the   │ • ? Office espresso with full      │
      │                        │     push of a button               │     service                        │
      │                        │ • ~ A monthly discovery box of new │                                    │
      │                        │     origins                        │                                    │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Channels               │ • ? Online shop                    │ • ? Online shop                    │
      │                        │ • ✗ Flagship boutiques             │ • ? Office equipment resellers     │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Customer relationships │ • ? Club membership with order     │ • ? Named account manager          │
      │                        │     history                        │                                    │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Revenue streams        │ • ? Capsule subscriptions          │ • ? Office service contracts       │
      │                        │ • ? Machine sales                  │                                    │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Key resources          │ * ✓ Patents on the capsule system  │ * ✓ Patents on the capsule system  │
      │                        │ * ? Roasting plant                 │ * ? Roasting plant                 │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Key activities         │ * ? Roasting and packing           │ * ? Roasting and packing           │
      │                        │ • ? Brand marketing                │                                    │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Key partnerships       │ * ? Machine manufacturers          │ * ? Machine manufacturers          │
      │                        │ * ? Coffee growers' cooperatives   │ * ? Coffee growers' cooperatives   │
      ├────────────────────────┼────────────────────────────────────┼────────────────────────────────────┤
      │ Cost structure         │ * ? Manufacturing capsules         │ * ? Manufacturing capsules         │
      │                        │ • ? Boutiques                      │ • ? Field service technicians      │
      └────────────────────────┴────────────────────────────────────┴────────────────────────────────────┘

      • names the segment · * shared: serves every segment · ✓ validated · ~ testing · ? assumed · ✗
      invalidated
      No gaps: every segment has a value proposition, a channel, a customer relationship and, if it pays,
      a revenue stream.
      "
    `);
  });

  it('stacks one small table per segment when neither layout fits', () => {
    expect(matrixTable(exampleReport('city-paper'), plain(50))).toMatchInlineSnapshot(`
      "Metro Daily · 2026-10-15 · 2 customer segments

      Commuting readers
      readers · multi_sided
      does not pay
      ┌────────────────────────┬───────────────────────┐
      │ Value propositions     │ • Free, short daily   │
      │                        │   news for the        │
      │                        │   commute             │
      ├────────────────────────┼───────────────────────┤
      │ Channels               │ • Distribution racks  │
      │                        │   in stations         │
      ├────────────────────────┼───────────────────────┤
      │ Customer relationships │ • Reader app with     │
      │                        │   local alerts        │
      ├────────────────────────┼───────────────────────┤
      │ Revenue streams        │                       │
      ├────────────────────────┼───────────────────────┤
      │ Key resources          │ * Distribution rights │
      │                        │   in the transport    │
      │                        │   network             │
      │                        │ • Editorial team      │
      ├────────────────────────┼───────────────────────┤
      │ Key activities         │ • Writing and editing │
      │                        │   the daily edition   │
      ├────────────────────────┼───────────────────────┤
      │ Key partnerships       │ * Transport operator  │
      │                        │ * Printing house      │
      ├────────────────────────┼───────────────────────┤
      │ Cost structure         │ • Printing            │
      │                        │ * Newsroom salaries   │
      │                        │ • Distribution        │
      └────────────────────────┴───────────────────────┘

      Local and national advertisers
      advertisers · multi_sided
      ┌────────────────────────┬───────────────────────┐
      │ Value propositions     │ • Daily reach into a  │
      │                        │   young, urban        │
      │                        │   audience            │
      ├────────────────────────┼───────────────────────┤
      │ Channels               │ • Ad sales team       │
      │                        │ • Media agencies      │
      ├────────────────────────┼───────────────────────┤
      │ Customer relationships │ • Account managers    │
      │                        │   for big advertisers │
      ├────────────────────────┼───────────────────────┤
      │ Revenue streams        │ • Display advertising │
      │                        │ • Sponsored content   │
      ├────────────────────────┼───────────────────────┤
      │ Key resources          │ * Distribution rights │
      │                        │   in the transport    │
      │                        │   network             │
      ├────────────────────────┼───────────────────────┤
      │ Key activities         │ • Selling advertising │
      ├────────────────────────┼───────────────────────┤
      │ Key partnerships       │ * Transport operator  │
      │                        │ * Printing house      │
      ├────────────────────────┼───────────────────────┤
      │ Cost structure         │ * Newsroom salaries   │
      │                        │ • Sales commissions   │
      └────────────────────────┴───────────────────────┘

      • names the segment · * shared: serves every
      segment
      No gaps: every segment has a value proposition, a
      channel, a customer relationship and, if it pays,
      a revenue stream.
      "
    `);
  });

  it('never prints a line wider than the terminal, at any width', () => {
    const reports = [...EXAMPLES.map(exampleReport), reportFromText(generateCanvas({ segments: 9, shared: 3 }))];
    for (const report of reports) {
      for (let width = 20; width <= 240; width += 11) {
        expect(widest(matrixTable(report, plain(width)))).toBeLessThanOrEqual(width);
        expect(widest(segmentsTable(report, plain(width)))).toBeLessThanOrEqual(width);
      }
    }
  });

  it('is made a line at a time, in each of its three layouts, the same text as made whole', () => {
    const cases = [
      [exampleReport('tool-library'), 200, '│ Customer segment'],
      [exampleReport('home-espresso'), 100, '│ Block'],
      [exampleReport('city-paper'), 50, 'readers ·'],
      [reportFromText(generateCanvas({ segments: 300 })), 100, 'seg-300 ·'],
    ] as const;
    for (const [report, width, shown] of cases) {
      const pieces = [...matrixTablePieces(report, plain(width))];
      expect(pieces.join('')).toBe(matrixTable(report, plain(width)));
      expect(pieces.join('')).toContain(shown);
      for (const piece of pieces) expect(piece).toMatch(/^[^\n]*\n$/);
    }
  });

  it('says so when there are no gaps, and explains only the marks used', () => {
    const output = matrixTable(exampleReport('coffee-cart'), plain(100));
    expect(output).toContain('\n* shared: serves every segment\nNo gaps:');
    expect(output.trimEnd().split('\n').at(-1)).toBe('a revenue stream.');
    expect(output).not.toContain('—');
  });

  it('names at most ten segments in the gap summary', () => {
    const output = matrixTable(reportFromText(generateCanvas({ segments: 84 })), plain(100));
    const summary = output.slice(output.indexOf('12 gaps:')).replace(/\n/g, ' ');
    expect(summary).toBe(
      '12 gaps: Segment 7 has no channel; Segment 14 has no channel; Segment 21 has no channel; ' +
        'Segment 28 has no channel; Segment 35 has no channel; Segment 42 has no channel; Segment 49 has no channel; ' +
        'Segment 56 has no channel; Segment 63 has no channel; Segment 70 has no channel; and 2 more segments with gaps. ',
    );
  });

  it('colours gaps red and shared items dim on a terminal', () => {
    const colors = new Chalk({ level: 1 });
    const output = matrixTable(exampleReport('tool-library'), { colors, width: 200 });
    expect(output).toContain(colors.red('—'));
    expect(output).toContain(colors.dim('* Volunteer help desk'));
    expect(output).toContain(colors.red('3 gaps: Small landlords has no channel and no revenue stream; Makers and repair cafés has no channel.'));
  });

  it('prints no escape sequence at all without colours', () => {
    for (const name of EXAMPLES) {
      expect(matrixTable(exampleReport(name), plain(120))).not.toContain('\u001b');
      expect(segmentsTable(exampleReport(name), plain(120))).not.toContain('\u001b');
    }
  });

  it('shows control characters from the canvas as text, never sends them to the terminal', () => {
    const report = reportFromText(HOSTILE_CANVAS);
    for (const output of [matrixTable(report, plain(200)), matrixTable(report, plain(60)), segmentsTable(report, plain(100))]) {
      expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(output).toContain('\\x1B[2J');
    }
    expect(segmentsTable(report, plain(100))).toContain('line one line two \\x9B31m');
  });
});

describe('segmentsTable', () => {
  it('shows the profile with what addresses each pain and gain, the fit, then the items', () => {
    expect(segmentsTable(onlySegment(exampleReport('home-espresso'), 'offices'), plain(80))).toMatchInlineSnapshot(`
      "Home Espresso Club

      ~ Small offices
      offices · segmented
      1 of 12 items validated
      Offices of 5 to 50 people that want better coffee than a filter machine.

      Jobs
      ┌───────────────────────────────────┬───────────┬────────────┐
      │ Job                               │ Kind      │ Importance │
      ├───────────────────────────────────┼───────────┼────────────┤
      │ ? Keep the team happy and focused │ emotional │ 4/5        │
      └───────────────────────────────────┴───────────┴────────────┘

      Pains
      ┌─────────────────────────────────┬──────────┬─────────────────────────────────┐
      │ Pain                            │ Severity │ Relieved by                     │
      ├─────────────────────────────────┼──────────┼─────────────────────────────────┤
      │ ✗ Queues at the one machine at  │ 2/5      │ • Office espresso with full     │
      │   9 am                          │          │   service                       │
      └─────────────────────────────────┴──────────┴─────────────────────────────────┘

      Gains
      ┌───────────────────────────┬──────────┬────────────┬──────────────────────────┐
      │ Gain                      │ Kind     │ Importance │ Created by               │
      ├───────────────────────────┼──────────┼────────────┼──────────────────────────┤
      │ ? A machine nobody has to │ required │ 5/5        │ • Office espresso with   │
      │   look after              │          │            │   full service           │
      └───────────────────────────┴──────────┴────────────┴──────────────────────────┘

      Fit: 2 of 2 pains and gains addressed (100%)

      Items serving it
      ┌────────────────────────┬───────────────────────────────────────┐
      │ Value propositions     │ • ? Office espresso with full service │
      ├────────────────────────┼───────────────────────────────────────┤
      │ Channels               │ • ? Online shop                       │
      │                        │ • ? Office equipment resellers        │
      ├────────────────────────┼───────────────────────────────────────┤
      │ Customer relationships │ • ? Named account manager             │
      ├────────────────────────┼───────────────────────────────────────┤
      │ Revenue streams        │ • ? Office service contracts          │
      ├────────────────────────┼───────────────────────────────────────┤
      │ Key resources          │ * ✓ Patents on the capsule system     │
      │                        │ * ? Roasting plant                    │
      ├────────────────────────┼───────────────────────────────────────┤
      │ Key activities         │ * ? Roasting and packing              │
      ├────────────────────────┼───────────────────────────────────────┤
      │ Key partnerships       │ * ? Machine manufacturers             │
      │                        │ * ? Coffee growers' cooperatives      │
      ├────────────────────────┼───────────────────────────────────────┤
      │ Cost structure         │ * ? Manufacturing capsules            │
      │                        │ • ? Field service technicians         │
      └────────────────────────┴───────────────────────────────────────┘
      Gaps: none

      Revenue streams
      ┌─────────────────────────┬──────────────┬──────────────────┬──────────────────┐
      │ Revenue stream          │ Type         │ Pricing          │ Amount           │
      ├─────────────────────────┼──────────────┼──────────────────┼──────────────────┤
      │ • ? Office service      │ subscription │ customer_segment │ 89 EUR per month │
      │     contracts           │              │                  │                  │
      └─────────────────────────┴──────────────┴──────────────────┴──────────────────┘

      Economics
      Size: 2,500 customers
      Revenue:
        • Office service contracts: 222,500 EUR per month (89 EUR per month × 2,500
          customers)
        Revenue in total: 222,500 EUR per month
      Costs of this segment alone:
        • Field service technicians: 9,500 EUR per month
        Costs in total: 9,500 EUR per month

      Costs shared by segments
      Not split between the segments they serve:
        • Manufacturing capsules (all segments): not enough data: a cost per capsule
          needs a volume (how many per period)
        Shared costs in total: not enough data

      * shared: serves every segment · ✓ validated · ~ testing · ? assumed · ✗
      invalidated
      "
    `);
  });

  it('marks what is missing: unaddressed pains, gaps, and a segment with no profile', () => {
    expect(segmentsTable(exampleReport('tool-library'), plain(72))).toMatchInlineSnapshot(`
      "Neighbourhood Tool Library

      DIY households
      diy-households · mass_market

      Jobs: none listed

      Pains
      ┌─────────────────────────────┬──────────┬─────────────────────────────┐
      │ Pain                        │ Severity │ Relieved by                 │
      ├─────────────────────────────┼──────────┼─────────────────────────────┤
      │ Tools bought for one job    │ 3/5      │ • Borrow any tool for a     │
      │ sit in the cellar           │          │   week                      │
      ├─────────────────────────────┼──────────┼─────────────────────────────┤
      │ No room to store big tools  │ 2/5      │ —                           │
      └─────────────────────────────┴──────────┴─────────────────────────────┘

      Gains: none listed

      Fit: 1 of 2 pains and gains addressed (50%)

      Items serving it
      ┌────────────────────────┬─────────────────────────────────┐
      │ Value propositions     │ • Borrow any tool for a week    │
      │                        │ * Workshops on repairing things │
      ├────────────────────────┼─────────────────────────────────┤
      │ Channels               │ • Library website               │
      ├────────────────────────┼─────────────────────────────────┤
      │ Customer relationships │ * Volunteer help desk           │
      ├────────────────────────┼─────────────────────────────────┤
      │ Revenue streams        │ • Yearly membership             │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key resources          │ * Tool inventory                │
      │                        │ * Shop space                    │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key activities         │ * Lending and returns           │
      │                        │ * Repairing tools               │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key partnerships       │ * Hardware store donations      │
      ├────────────────────────┼─────────────────────────────────┤
      │ Cost structure         │ * Rent                          │
      │                        │ * Insurance                     │
      └────────────────────────┴─────────────────────────────────┘
      Gaps: none

      Revenue streams
      ┌─────────────────────┬──────────────┬────────────┬─────────────────┐
      │ Revenue stream      │ Type         │ Pricing    │ Amount          │
      ├─────────────────────┼──────────────┼────────────┼─────────────────┤
      │ • Yearly membership │ subscription │ list_price │ 40 EUR per year │
      └─────────────────────┴──────────────┴────────────┴─────────────────┘

      Economics
      Size: not given (add \`size\` to the segment to estimate its revenue)
      Revenue:
        • Yearly membership: not enough data: the segment has no size
        Revenue in total: not enough data

      Small landlords
      landlords · niche

      No customer profile yet: add jobs, pains and gains under \`profile\` to
      see how the value propositions fit.

      Items serving it
      ┌────────────────────────┬─────────────────────────────────┐
      │ Value propositions     │ • Borrow any tool for a week    │
      │                        │ * Workshops on repairing things │
      ├────────────────────────┼─────────────────────────────────┤
      │ Channels               │ —                               │
      ├────────────────────────┼─────────────────────────────────┤
      │ Customer relationships │ * Volunteer help desk           │
      ├────────────────────────┼─────────────────────────────────┤
      │ Revenue streams        │ —                               │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key resources          │ * Tool inventory                │
      │                        │ * Shop space                    │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key activities         │ * Lending and returns           │
      │                        │ * Repairing tools               │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key partnerships       │ * Hardware store donations      │
      ├────────────────────────┼─────────────────────────────────┤
      │ Cost structure         │ * Rent                          │
      │                        │ * Insurance                     │
      └────────────────────────┴─────────────────────────────────┘
      Gaps: no channel and no revenue stream

      Makers and repair cafés
      makers · multi_sided
      does not pay

      No customer profile yet: add jobs, pains and gains under \`profile\` to
      see how the value propositions fit.

      Items serving it
      ┌────────────────────────┬─────────────────────────────────┐
      │ Value propositions     │ * Workshops on repairing things │
      ├────────────────────────┼─────────────────────────────────┤
      │ Channels               │ —                               │
      ├────────────────────────┼─────────────────────────────────┤
      │ Customer relationships │ * Volunteer help desk           │
      ├────────────────────────┼─────────────────────────────────┤
      │ Revenue streams        │                                 │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key resources          │ * Tool inventory                │
      │                        │ * Shop space                    │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key activities         │ * Lending and returns           │
      │                        │ * Repairing tools               │
      ├────────────────────────┼─────────────────────────────────┤
      │ Key partnerships       │ * Hardware store donations      │
      ├────────────────────────┼─────────────────────────────────┤
      │ Cost structure         │ * Rent                          │
      │                        │ * Insurance                     │
      └────────────────────────┴─────────────────────────────────┘
      Gaps: no channel

      * shared: serves every segment · — missing: a block the segment cannot
      do without, or a pain or gain no value proposition addresses
      "
    `);
  });
});
