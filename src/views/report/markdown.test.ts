import { describe, expect, it } from 'vitest';
import { HOSTILE_CANVAS, exampleReport, onlySegment, reportFromText } from '../../../test/support/report-fixtures.js';
import { inline, matrixMarkdown, segmentsMarkdown } from './markdown.js';

describe('matrixMarkdown', () => {
  it('prints one GitHub table: a row per segment, a column per block, gaps and legend below', () => {
    expect(matrixMarkdown(exampleReport('tool-library'))).toMatchInlineSnapshot(`
      "# Neighbourhood Tool Library

      2026-09-30 · 3 customer segments

      | Customer segment | Value propositions | Channels | Customer relationships | Revenue streams | Key resources | Key activities | Key partnerships | Cost structure |
      | --- | --- | --- | --- | --- | --- | --- | --- | --- |
      | **DIY households**<br>\`diy-households\` · mass\\_market | • Borrow any tool for a week<br>\\* Workshops on repairing things | • Library website | \\* Volunteer help desk | • Yearly membership | \\* Tool inventory<br>\\* Shop space | \\* Lending and returns<br>\\* Repairing tools | \\* Hardware store donations | \\* Rent<br>\\* Insurance |
      | **Small landlords**<br>\`landlords\` · niche | • Borrow any tool for a week<br>\\* Workshops on repairing things | — | \\* Volunteer help desk | — | \\* Tool inventory<br>\\* Shop space | \\* Lending and returns<br>\\* Repairing tools | \\* Hardware store donations | \\* Rent<br>\\* Insurance |
      | **Makers and repair cafés**<br>\`makers\` · multi\\_sided · does not pay | \\* Workshops on repairing things | — | \\* Volunteer help desk |  | \\* Tool inventory<br>\\* Shop space | \\* Lending and returns<br>\\* Repairing tools | \\* Hardware store donations | \\* Rent<br>\\* Insurance |

      • names the segment · \\* shared: serves every segment · — gap: a block the segment cannot do without

      3 gaps: Small landlords has no channel and no revenue stream; Makers and repair cafés has no channel.
      "
    `);
  });

  it('keeps a table row on one line and its columns intact whatever the canvas says', () => {
    const output = matrixMarkdown(reportFromText(HOSTILE_CANVAS));
    const row = output.split('\n').find((line) => line.startsWith('| **Victims'))!;
    // 1 segment column + 8 block columns: 10 unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(10);
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(output).toContain('\\=HYPERLINK("http://x")');
  });
});

describe('segmentsMarkdown', () => {
  it('gives each segment a heading, its profile tables, the fit and its items', () => {
    expect(segmentsMarkdown(onlySegment(exampleReport('home-espresso'), 'home-drinkers'))).toMatchInlineSnapshot(`
      "# Home Espresso Club

      ## ✓ Coffee lovers at home

      \`home-drinkers\` · niche

      People who want café-quality espresso without a barista's skills.

      **Traits:** demographic: urban, 30-55, above-average income; geographic: Western Europe; psychographic: quality over price; behavioral: drinks 2+ cups a day

      ### Jobs

      | Job | Kind | Importance |
      | --- | --- | --- |
      | ? Make a café-quality espresso at home | functional | 5/5 |
      | ? Impress friends after dinner | social | 3/5 |

      ### Pains

      | Pain | Severity | Relieved by |
      | --- | --- | --- |
      | ✓ Grinding and cleaning is messy | 3/5 | • Café-quality espresso at the push of a button |
      | ? Taste varies from cup to cup | 4/5 | • Café-quality espresso at the push of a button |

      ### Gains

      | Gain | Kind | Importance | Created by |
      | --- | --- | --- | --- |
      | ? The same taste every time | expected | 4/5 | • Café-quality espresso at the push of a button |
      | ? Try a new origin every week | desired | 2/5 | • A monthly discovery box of new origins |

      **Fit:** 4 of 4 pains and gains addressed (100%)

      ### Items serving it

      | Block | Items |
      | --- | --- |
      | Value propositions | • ✓ Café-quality espresso at the push of a button<br>• \\~ A monthly discovery box of new origins |
      | Channels | • ? Online shop<br>• ✗ Flagship boutiques |
      | Customer relationships | • ? Club membership with order history |
      | Revenue streams | • ? Capsule subscriptions<br>• ? Machine sales |
      | Key resources | \\* ✓ Patents on the capsule system<br>\\* ? Roasting plant |
      | Key activities | \\* ? Roasting and packing<br>• ? Brand marketing |
      | Key partnerships | \\* ? Machine manufacturers<br>\\* ? Coffee growers' cooperatives |
      | Cost structure | \\* ? Manufacturing capsules<br>• ? Boutiques |

      **Validated:** 2 of 15 items validated (1 testing, 1 invalidated)

      **Gaps:** none

      ### Revenue streams

      | Revenue stream | Type | Pricing | Amount |
      | --- | --- | --- | --- |
      | • ? Capsule subscriptions | subscription | list\\_price | 0\\.45 EUR per capsule |
      | • ? Machine sales | asset\\_sale | product\\_feature | _no amount_ |

      ### Economics

      Size: 40,000 customers (club waiting list and regional surveys 2026)

      **Revenue:**

      - Capsule subscriptions: 18,000 EUR for one capsule each (0.45 EUR per capsule × 40,000 customers, one capsule each)
      - No amount: Machine sales

      **Revenue in total:** 18,000 EUR for one capsule each

      **Costs of this segment alone:**

      - Boutiques: 18,000 EUR per month

      **Costs in total:** 18,000 EUR per month

      ## Costs shared by segments

      **Not split between the segments they serve:**

      - Manufacturing capsules (all segments): not enough data: a cost per capsule needs a volume (how many per period)

      **Shared costs in total:** not enough data

      ---

      \\* shared: serves every segment · ✓ validated · \\~ testing · ? assumed · ✗ invalidated
      "
    `);
  });

  it('says when there is no profile and lists the gaps', () => {
    const output = segmentsMarkdown(onlySegment(exampleReport('tool-library'), 'landlords'));
    expect(output).toContain('\n\nNo customer profile yet: add jobs, pains and gains under `profile` to see how the value propositions fit.\n\n');
    expect(output).toContain('\n\n**Fit:** no pains or gains in the profile to address\n\n');
    expect(output).toContain('| Channels | — |');
    expect(output).toContain('\n\n**Gaps:** no channel and no revenue stream\n\n');
  });
});

describe('inline', () => {
  it('escapes everything that could become markup', () => {
    expect(inline('a|b *c* _d_ `e` [f](g) <h> ~i~ & #j !k \\l')).toBe(
      'a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\<h\\> \\~i\\~ \\& \\#j \\!k \\\\l',
    );
  });

  it('escapes a leading list, heading or numbered-list marker', () => {
    expect(inline('- not a list')).toBe('\\- not a list');
    expect(inline('+ not a list')).toBe('\\+ not a list');
    expect(inline('1. not a list')).toBe('1\\. not a list');
    expect(inline('= not a heading')).toBe('\\= not a heading');
    expect(inline('18-45')).toBe('18-45');
  });
});
