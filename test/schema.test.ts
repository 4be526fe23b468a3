// The schema works in editors (yaml-language-server handles JSON Schema draft-07 fully) and in bmc.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as model from '../src/format/canvas.js';
import { checkCanvasText } from '../src/model/check-canvas.js';
import { ROOT } from './run-cli.js';

type Node = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/canvas.schema.json'), 'utf8')) as Node;

function resolve(node: Node): Node {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  return resolve(ref.replace('#/', '').split('/').reduce<Node>((at, part) => at[part] as Node, schema));
}

/** Every property schema in the document, with its path. */
function properties(node: Node, path: string, seen = new Set<Node>()): [string, Node][] {
  if (seen.has(node)) return [];
  seen.add(node);
  const found: [string, Node][] = [];
  for (const [name, sub] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
    found.push([`${path}.${name}`, sub], ...properties(resolve(sub), `${path}.${name}`, seen));
  }
  for (const key of ['items', 'anyOf'] as const) {
    const children = ([] as Node[]).concat((node[key] ?? []) as Node | Node[]);
    for (const child of children) found.push(...properties(resolve(child), `${path}[]`, seen));
  }
  for (const definition of Object.values((node.definitions ?? {}) as Record<string, Node>)) found.push(...properties(definition, path, seen));
  return found;
}

describe('schemas/canvas.schema.json', () => {
  it('is a valid draft-07 schema that compiles in Ajv strict mode', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(schema.title).toBeTruthy();
  });

  it('has a description on every property, for editor hover help', () => {
    const all = properties(schema, '');
    expect(all.length).toBeGreaterThan(60);
    const missing = all.filter(([, node]) => typeof node.description !== 'string' && typeof resolve(node).description !== 'string');
    expect(missing.map(([path]) => path)).toEqual([]);
  });

  it('has exactly the enumerations of the format', () => {
    const defs = schema.definitions as Record<string, Node>;
    const props = (name: string) => defs[name]!.properties as Record<string, Node>;
    expect(props('segment').type!.enum).toEqual([...model.SEGMENT_TYPES]);
    expect(props('job').kind!.enum).toEqual([...model.JOB_KINDS]);
    expect(props('gain').kind!.enum).toEqual([...model.GAIN_KINDS]);
    expect(props('channel').type!.enum).toEqual([...model.CHANNEL_TYPES]);
    expect(props('channel').owner!.enum).toEqual([...model.CHANNEL_OWNERS]);
    expect((props('channel').phases!.items as Node).enum).toEqual([...model.CHANNEL_PHASES]);
    expect(props('relationship').type!.enum).toEqual([...model.RELATIONSHIP_TYPES]);
    expect((props('relationship').motivations!.items as Node).enum).toEqual([...model.RELATIONSHIP_MOTIVATIONS]);
    expect(props('revenueStream').type!.enum).toEqual([...model.REVENUE_TYPES]);
    expect(props('revenueStream').pricing!.enum).toEqual([...model.PRICING]);
    expect(props('keyResource').type!.enum).toEqual([...model.RESOURCE_TYPES]);
    expect(props('keyActivity').type!.enum).toEqual([...model.ACTIVITY_TYPES]);
    expect(props('keyPartnership').type!.enum).toEqual([...model.PARTNERSHIP_TYPES]);
    expect(props('keyPartnership').motivation!.enum).toEqual([...model.PARTNERSHIP_MOTIVATIONS]);
    expect(props('cost').type!.enum).toEqual([...model.COST_TYPES]);
    const costStructure = (schema.properties as Record<string, Node>).cost_structure!.properties as Record<string, Node>;
    expect(costStructure.driver!.enum).toEqual([...model.COST_DRIVERS]);
    expect(defs.status!.enum).toEqual([...model.STATUSES]);
    expect(props('evidenceEntry').method!.enum).toEqual([...model.EVIDENCE_METHODS]);
    expect(props('evidenceEntry').result!.enum).toEqual([...model.EVIDENCE_RESULTS]);
  });

  it('lets every item, segment and profile entry carry a status and evidence, and costs an amount', () => {
    const defs = schema.definitions as Record<string, Node>;
    const testable = ['segment', 'job', 'pain', 'gain', 'valueProposition', 'channel', 'relationship', 'revenueStream', 'keyResource', 'keyActivity', 'keyPartnership', 'cost', 'unfairAdvantage'];
    for (const name of testable) {
      const props = defs[name]!.properties as Record<string, Node>;
      expect(props.status, name).toEqual({ $ref: '#/definitions/status' });
      expect(props.evidence, name).toEqual({ $ref: '#/definitions/evidence' });
    }
    for (const name of ['revenueStream', 'cost']) expect((defs[name]!.properties as Record<string, Node>).amount).toEqual({ $ref: '#/definitions/amount' });
  });

  it('accepts statuses, evidence, shares, costs with amounts, segment sizes and the Lean Canvas blocks', () => {
    const text = [
      'bmc: 1',
      'name: X',
      'customer_segments:',
      '  - id: hosts',
      '    name: Hosts',
      '    size: {count: 1200, source: tourism office 2025}',
      '    status: validated',
      '    evidence:',
      '      - {date: 2026-10-02, method: interview, result: supports, note: 9 of 12 list twice a year, sample: 12, link: notes/hosts.md}',
      '    profile:',
      '      pains: [{id: no-shows, text: Guests who never come, severity: 4, status: testing}]',
      '  - {id: guests, name: Guests, size: 50000}',
      'value_propositions: [{name: Bookings without no-shows, segments: [hosts], relieves: [no-shows], status: invalidated, evidence: [{date: 2026-11-01, method: experiment, result: refutes, note: nobody paid the deposit}]}]',
      'revenue_streams: [{name: Commission, segments: [hosts], amount: {percent: 3, of: booking}}]',
      'cost_structure: {costs: [{name: Servers, amount: {value: 400, currency: EUR, per: month}, status: assumed}]}',
      'key_metrics: [Nights booked per week]',
      'unfair_advantage: [{name: Deal with the tourism office, segments: [hosts], status: testing}]',
      '',
    ].join('\n');
    const { problems, canvas } = checkCanvasText(text);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(canvas!.key_metrics).toEqual([{ name: 'Nights booked per week' }]);
    expect(model.segmentSize(canvas!.customer_segments[1]!)).toEqual({ count: 50000 });
    expect(model.segmentSize(canvas!.customer_segments[0]!)).toEqual({ count: 1200, source: 'tourism office 2025' });
  });

  it('accepts x- extensions anywhere and rejects other unknown keys', () => {
    const text = 'bmc: 1\nname: X\nx-owner: me\ncustomer_segments:\n  - id: a\n    name: A\n    x-size: 3\nchannels:\n  - name: Web\n    x-cost: {a: 1}\n';
    expect(checkCanvasText(text).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const unknown = checkCanvasText('bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A}]\nowner: me\n').problems;
    expect(unknown.filter((p) => p.severity === 'error').map((p) => [p.rule, p.line, p.column])).toEqual([['unknown-key', 4, 1]]);
  });

  it('validates every bundled example without errors, and each starts with the editor modeline', () => {
    const examples = readdirSync(join(ROOT, 'examples')).filter((name) => name.endsWith('.bmc.yaml'));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const name of examples) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/canvas.schema.json');
      const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
      const { problems, canvas } = checkCanvasText(text);
      expect(problems.filter((p) => p.severity === 'error'), name).toEqual([]);
      expect(canvas, name).toBeDefined();
      expect(ajv.validate(schema, parse(text)), name).toBe(true);
    }
  });
});

describe('docs/format.md', () => {
  it('documents every rule id bmc can report', async () => {
    const { RULES } = await import('../src/check/rules.js');
    const doc = readFileSync(join(ROOT, 'docs/format.md'), 'utf8');
    for (const rule of RULES) expect(doc, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
  });
});
