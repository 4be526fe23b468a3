import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { TRICKY_REPORTS } from '../../../test/support/problem-fixtures.js';
import { attr, formatJunit } from './junit.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) });

describe('junit format', () => {
  it('writes well-formed XML whose parsed text equals the original messages', () => {
    const xml = formatJunit(TRICKY_REPORTS, { strict: false });
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml);
    expect(parsed.testsuites).toMatchObject({ name: 'bmc validate', tests: '3', failures: '1', errors: '0' });
    const [tricky, ok] = parsed.testsuites.testsuite;
    expect(tricky.name).toBe('canvases/a & b <draft>.bmc.yaml');
    expect(tricky.failures).toBe('1');
    const failure = tricky.testcase[0].failure;
    expect(failure.type).toBe('unknown-reference');
    expect(failure.message).toBe('`<advertiser>` & "friends" \'quoted\' is not a customer segment id\nin this file; did you mean `advertisers`?');
    expect(failure['#text']).toContain('canvases/a & b <draft>.bmc.yaml:21:16: error:');
    // A warning passes (its text kept as output); the BEL character XML forbids is dropped.
    expect(tricky.testcase[1]['system-out']).toBe('canvases/a & b <draft>.bmc.yaml:4:9: warning: Segment `a` has no channel yet (uncovered-segment)');
    expect(ok.testcase).toEqual([{ classname: 'ok.bmc.yaml', name: 'valid canvas' }]);
  });

  it('fails warnings too under --strict', () => {
    const parsed = parser.parse(formatJunit(TRICKY_REPORTS, { strict: true }));
    expect(parsed.testsuites.failures).toBe('2');
    expect(parsed.testsuites.testsuite[0].testcase[1].failure.type).toBe('uncovered-segment');
  });

  it('escapes attribute values', () => {
    expect(attr('a<b>&"c"\'d\'\n')).toBe('a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;&#10;');
  });
});
