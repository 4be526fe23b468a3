import { describe, expect, it } from 'vitest';
import { formatStylish } from './stylish.js';

describe('stylish format', () => {
  it('groups problems by file, aligns positions, and ends with a summary', () => {
    const output = formatStylish([
      { file: 'ok.bmc.yaml', problems: [] },
      {
        file: 'bad.bmc.yaml',
        problems: [
          { severity: 'error', rule: 'invalid-enum', message: '`nich` is not valid', line: 6, column: 11, path: 'customer_segments[0].type', suggestion: 'niche' },
          { severity: 'warning', rule: 'uncovered-segment', message: 'Segment `a` has no channel yet', line: 12, column: 9, path: 'customer_segments[0].id' },
        ],
      },
    ]);
    expect(output).toBe(
      [
        'bad.bmc.yaml',
        '  6:11  error    `nich` is not valid; did you mean `niche`?  invalid-enum',
        '                 at customer_segments[0].type',
        '  12:9  warning  Segment `a` has no channel yet  uncovered-segment',
        '                 at customer_segments[0].id',
        '',
        '✖ 2 problems (1 error, 1 warning) in 1 of 2 files',
        '',
      ].join('\n'),
    );
  });
});
