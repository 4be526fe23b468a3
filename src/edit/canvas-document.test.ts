import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkCanvasText } from '../model/check-canvas.js';
import { emptyCanvas } from '../format/blocks.js';
import type { Canvas } from '../format/canvas.js';
import { canvasText } from './canvas-document.js';

function minimal(overrides: Partial<Canvas> = {}): Canvas {
  return { ...emptyCanvas('Cart', [{ id: 'commuters', name: 'Commuters' }]), ...overrides };
}

describe('the canvas document', () => {
  it('quotes strings that YAML 1.1 tools would read as something else, and nothing more', () => {
    const text = canvasText(
      minimal({
        name: 'yes',
        customer_segments: [{ id: 'a', name: 'No', description: '12:30', traits: { behavioral: ['on', 'off', 'y', 'plain words'] } }],
        key_activities: [{ name: 'Keep going' }, { name: '1_000' }],
      }),
      's.json',
    );
    expect(text).toContain('name: "yes"\n');
    expect(text).toContain('    name: "No"\n    description: "12:30"\n');
    expect(text).toContain('      behavioral: ["on", "off", "y", plain words]\n');
    expect(text).toContain('key_activities:\n  - Keep going\n  - "1_000"\n');
    // What a YAML 1.1 reader sees is the same text.
    expect(parse(text, { version: '1.1' }).customer_segments[0].name).toBe('No');
  });

  it('never folds long lines', () => {
    const long = 'word '.repeat(60).trim();
    const text = canvasText(minimal({ description: long }), 's.json');
    expect(text).toContain(`description: ${long}\n`);
  });

  it('puts known keys in the order of the spec and keeps x- extensions after them', () => {
    const text = canvasText(
      minimal({
        revenue_streams: [
          { 'x-owner': 'finance', amount: { per: 'month', value: 9, currency: 'EUR' }, pricing: 'list_price', type: 'subscription', segments: ['commuters'], name: 'Plan' } as never,
        ],
      }),
      's.json',
    );
    expect(text).toContain(
      [
        'revenue_streams:',
        '  - name: Plan',
        '    segments: [commuters]',
        '    type: subscription # asset_sale | usage_fee | subscription | lending_renting_leasing | licensing | brokerage_fee | advertising',
        '    pricing: list_price # list_price | product_feature | customer_segment | volume | negotiation | yield_management | real_time_market | auction',
        '    amount: {value: 9, currency: EUR, per: month}',
        '    x-owner: finance',
        '',
      ].join('\n'),
    );
  });

  it('writes status and evidence where bmc add evidence puts them, one entry a line', () => {
    const entry = { note: 'asked 12', result: 'supports', method: 'interview', date: '2026-11-30', sample: 12 } as const;
    const text = canvasText(
      minimal({
        customer_segments: [
          {
            description: 'Early trains',
            evidence: [entry],
            status: 'validated',
            name: 'Commuters',
            id: 'commuters',
            profile: { pains: [{ evidence: [{ ...entry, result: 'refutes', link: 'notes.md' }], id: 'queue', text: 'Queues', severity: 3 }] },
          },
        ],
        channels: [{ evidence: [entry, { ...entry, note: 'again, later' }], status: 'testing', name: 'Cart' }],
      }),
      's.json',
    );
    expect(text).toContain(
      [
        '  - id: commuters',
        '    name: Commuters',
        '    status: validated',
        '    evidence:',
        '      - {date: "2026-11-30", method: interview, result: supports, note: asked 12, sample: 12}',
        '    description: Early trains',
        '    profile:',
        '      pains:',
        '        - id: queue',
        '          text: Queues',
        '          severity: 3',
        '          evidence:',
        '            - {date: "2026-11-30", method: interview, result: refutes, note: asked 12, sample: 12, link: notes.md}',
        '',
        'value_propositions: [] # What value do you deliver to each segment?',
        '',
        'channels:',
        '  - name: Cart',
        '    status: testing',
        '    evidence:',
        '      - {date: "2026-11-30", method: interview, result: supports, note: asked 12, sample: 12}',
        '      - {date: "2026-11-30", method: interview, result: supports, note: "again, later", sample: 12}',
        '',
      ].join('\n'),
    );
    expect(checkCanvasText(text).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('writes the allowed values beside every enumerated field, as `bmc init --yes` does', () => {
    const text = canvasText(
      minimal({
        customer_segments: [{ id: 'commuters', name: 'Commuters', type: 'niche', profile: { jobs: [{ text: 'Get to work', kind: 'functional' }] } }],
        channels: [{ name: 'Cart', type: 'direct', owner: 'own', phases: ['purchase'] }],
        cost_structure: { driver: 'cost_driven', costs: [{ name: 'Beans', type: 'variable' }] },
      }),
      's.json',
    );
    expect(text).toContain('    type: niche # mass_market | niche | segmented | diversified | multi_sided\n');
    expect(text).toContain('          kind: functional # functional | social | emotional | supporting\n');
    expect(text).toContain('    phases: [purchase] # awareness | evaluation | purchase | delivery | after_sales\n');
    expect(text).toContain('  driver: cost_driven # cost_driven | value_driven\n');
    expect(text).toContain('      type: variable # fixed | variable\n');
    expect(checkCanvasText(text).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it.each(['coffee-cart', 'home-espresso', 'city-paper', 'tool-library'])('writes the %s example back as a valid canvas with the same content', (name) => {
    const original = readFileSync(new URL(`../../examples/${name}.bmc.yaml`, import.meta.url), 'utf8');
    const checked = checkCanvasText(original);
    const text = canvasText(checked.canvas!, '../schemas/canvas.schema.json');
    const again = checkCanvasText(text);
    expect(again.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(again.canvas).toEqual(checked.canvas);
  });
});
