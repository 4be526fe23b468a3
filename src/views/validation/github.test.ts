import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from './github.js';

describe('github format', () => {
  it('escapes %, CR and LF in messages and also : and , in properties', () => {
    expect(escapeData('100%\r\nnext: a, b')).toBe('100%25%0D%0Anext: a, b');
    expect(escapeProperty('dir:a,b%.yaml')).toBe('dir%3Aa%2Cb%25.yaml');
  });
  it('writes one annotation per problem, warnings as warnings', () => {
    const output = formatGithub(
      [
        {
          file: 'a.bmc.yaml',
          problems: [
            { severity: 'warning', rule: 'uncovered-segment', message: 'Segment `a` has no channel yet', line: 4, column: 9, path: 'customer_segments[0].id' },
          ],
        },
      ],
      { strict: false },
    );
    expect(output).toBe('::warning file=a.bmc.yaml,line=4,col=9,title=bmc uncovered-segment::Segment `a` has no channel yet\n');
  });
  it('prints nothing when there is nothing to say', () => {
    expect(formatGithub([{ file: 'a', problems: [] }], { strict: false })).toBe('');
  });
});
