import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { TRICKY_REPORTS } from '../../../test/support/problem-fixtures.js';
import { formatSarif } from './sarif.js';

const require = createRequire(import.meta.url);
// The SARIF schema is draft-04, which Ajv 8 reads through ajv-draft-04 (CommonJS).
const AjvDraft04: typeof Ajv = require('ajv-draft-04').default;
// The official SARIF 2.1.0 JSON Schema (draft-04), as shipped by Microsoft's SARIF tooling.
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

describe('sarif format', () => {
  const validate = new AjvDraft04({
    allErrors: true,
    strict: false,
    unicodeRegExp: false,
    // A URI reference has no spaces or other characters that need percent-encoding.
    formats: { 'uri-reference': /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/, uri: true, 'date-time': true },
  }).compile(sarifSchema);

  it('produces a log that the SARIF 2.1.0 schema accepts, with escaped text intact', () => {
    const log = JSON.parse(formatSarif(TRICKY_REPORTS, { strict: false }));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('bmc');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['uncovered-segment', 'unknown-reference']);
    expect(run.results[0]).toEqual({
      ruleId: 'unknown-reference',
      ruleIndex: 1,
      level: 'error',
      message: { text: '`<advertiser>` & "friends" \'quoted\' is not a customer segment id\nin this file; did you mean `advertisers`?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'canvases/a%20%26%20b%20%3Cdraft%3E.bmc.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 21, startColumn: 16 },
          },
          logicalLocations: [{ fullyQualifiedName: 'value_propositions[0].segments[0]' }],
        },
      ],
    });
    expect(run.results[1].level).toBe('warning');
    expect(run.tool.driver.rules[1].help.text).toContain('Fix the spelling');
  });

  it('reports warnings as errors under --strict', () => {
    const log = JSON.parse(formatSarif(TRICKY_REPORTS, { strict: true }));
    expect(log.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['error', 'error']);
  });

  it('is a valid, empty log when there are no problems', () => {
    const log = JSON.parse(formatSarif([{ file: 'ok.bmc.yaml', problems: [] }], { strict: false }));
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });
});
