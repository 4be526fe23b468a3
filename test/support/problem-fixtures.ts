// Reports with text that needs escaping in every output format, for the formatter tests.
import type { FileReport } from '../../src/load/problem.js';

export const TRICKY_REPORTS: FileReport[] = [
  {
    file: 'canvases/a & b <draft>.bmc.yaml',
    problems: [
      {
        severity: 'error',
        rule: 'unknown-reference',
        message: '`<advertiser>` & "friends" \'quoted\' is not a customer segment id\nin this file',
        line: 21,
        column: 16,
        path: 'value_propositions[0].segments[0]',
        suggestion: 'advertisers',
      },
      { severity: 'warning', rule: 'uncovered-segment', message: 'Segment `a` has no channel yet\u0007', line: 4, column: 9, path: 'customer_segments[0].id' },
    ],
  },
  { file: 'ok.bmc.yaml', problems: [] },
];
