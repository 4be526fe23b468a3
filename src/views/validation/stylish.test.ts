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

describe('stylish summary', () => {
  it('wraps the summary line to the width, continued two spaces in', () => {
    const problem = { severity: 'warning', rule: 'uncovered-segment', message: 'No channel', line: 1, column: 1, path: '' } as const;
    const output = formatStylish([{ file: 'a.bmc.yaml', problems: Array.from({ length: 12 }, () => problem) }], { width: 40, hiddenWarnings: 3 });
    expect(output.split('\n').slice(-4)).toEqual(['⚠ 12 problems (0 errors, 12 warnings)', '  in 1 of 1 file; 3 warnings not shown', '  (--quiet)', '']);
  });
});

describe('stylish format on hostile text', () => {
  it('shows control characters from the canvas instead of sending them to the terminal', () => {
    const output = formatStylish([
      {
        file: 'x.bmc.yaml',
        problems: [{ severity: 'warning', rule: 'uncovered-segment', message: 'Segment \u001b[2J\u0007Evil has no channel yet', line: 1, column: 1, path: '' }],
      },
    ]);
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(output).toContain('Segment \\x1B[2J\\x07Evil has no channel yet');
  });
});
