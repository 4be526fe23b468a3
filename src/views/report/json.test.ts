import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CANVAS, exampleReport, reportFromText } from '../../../test/support/report-fixtures.js';
import { reportJson } from './json.js';

describe('reportJson', () => {
  it('prints the stable contract: name, then per segment id, name, type, pays, status, blocks, gaps, fit, validation, economics, profile; shared costs', () => {
    const json = JSON.parse(reportJson(exampleReport('tool-library')));
    expect(Object.keys(json)).toEqual(['name', 'segments', 'shared_costs']);
    expect(json.name).toBe('Neighbourhood Tool Library');
    const [diy, landlords, makers] = json.segments;
    expect(Object.keys(diy)).toEqual(['id', 'name', 'type', 'pays', 'status', 'blocks', 'gaps', 'fit', 'validation', 'economics', 'profile']);
    expect(landlords).toEqual({
      id: 'landlords',
      name: 'Small landlords',
      type: 'niche',
      pays: true,
      status: 'assumed',
      blocks: {
        value_propositions: [
          { name: 'Borrow any tool for a week', shared: false, status: 'assumed' },
          { name: 'Workshops on repairing things', shared: true, status: 'assumed' },
        ],
        channels: [],
        customer_relationships: [{ name: 'Volunteer help desk', shared: true, status: 'assumed' }],
        revenue_streams: [],
        key_resources: [
          { name: 'Tool inventory', shared: true, status: 'assumed' },
          { name: 'Shop space', shared: true, status: 'assumed' },
        ],
        key_activities: [
          { name: 'Lending and returns', shared: true, status: 'assumed' },
          { name: 'Repairing tools', shared: true, status: 'assumed' },
        ],
        key_partnerships: [{ name: 'Hardware store donations', shared: true, status: 'assumed' }],
        cost_structure: [
          { name: 'Rent', shared: true, status: 'assumed' },
          { name: 'Insurance', shared: true, status: 'assumed' },
        ],
      },
      gaps: ['channels', 'revenue_streams'],
      fit: { addressed: 0, total: 0 },
      validation: { validated: 0, testing: 0, assumed: 10, invalidated: 0, total: 10 },
      economics: {
        size: null,
        size_source: null,
        revenue: { lines: [], totals: [], not_added: null, without_amount: [] },
        costs: { lines: [], totals: [], not_added: null, without_amount: [] },
      },
      profile: { jobs: [], pains: [], gains: [] },
    });
    expect(makers.pays).toBe(false);
    expect(makers.gaps).toEqual(['channels']);
    expect(diy.fit).toEqual({ addressed: 1, total: 2 });
    expect(diy.profile.pains).toEqual([
      { id: 'rarely-used', text: 'Tools bought for one job sit in the cellar', status: 'assumed', severity: 3, addressed_by: ['Borrow any tool for a week'] },
      { id: 'storage', text: 'No room to store big tools', status: 'assumed', severity: 2, addressed_by: [] },
    ]);
  });

  it('gives every item, profile entry and segment its status, and counts what is validated', () => {
    const [home] = JSON.parse(reportJson(exampleReport('home-espresso'))).segments;
    expect(home.status).toBe('validated');
    expect(home.validation).toEqual({ validated: 2, testing: 1, assumed: 11, invalidated: 1, total: 15 });
    expect(home.blocks.channels).toEqual([
      { name: 'Online shop', shared: false, status: 'assumed' },
      { name: 'Flagship boutiques', shared: false, status: 'invalidated' },
    ]);
    expect(home.profile.pains.map((pain: { status: string }) => pain.status)).toEqual(['validated', 'assumed']);
  });

  it('estimates revenue and cost per segment, refuses to add EUR to USD or months to years, and shows shared costs apart', () => {
    const json = JSON.parse(reportJson(reportFromText(readFileSync('test/fixtures/economics.bmc.yaml', 'utf8'))));
    const [hosts, guests, press] = json.segments;
    expect(hosts.blocks.revenue_streams[0]).toEqual({ name: 'Host subscription', shared: false, status: 'assumed', type: null, pricing: null, amount: '19 EUR per month' });
    expect(hosts.economics.size).toBe(1200);
    expect(hosts.economics.size_source).toBe('tourism office 2025');
    expect(hosts.economics.revenue.totals).toEqual([
      { value: 25200, currency: 'EUR', per: 'month' },
      { value: 144000, currency: 'EUR', per: 'year' },
      { value: 25200, currency: 'USD', per: 'month' },
    ]);
    expect(hosts.economics.revenue.not_added).toBe('EUR and USD are not added; per month and per year are not added: convert them in the canvas to get one total');
    expect(hosts.economics.costs.totals).toEqual([{ value: 3000, currency: 'EUR', per: 'month' }]);
    expect(guests.economics.revenue.lines[0]).toEqual({
      name: 'Booking commission',
      amount: '3% of booking',
      estimate: null,
      basis: 'not enough data: 3% of booking needs a volume (how much booking per period)',
    });
    expect(guests.economics.revenue.without_amount).toEqual(['Gift cards']);
    expect(press.economics.revenue.lines).toEqual([]);
    expect(json.shared_costs.lines.map((line: { name: string; segments: unknown }) => [line.name, line.segments])).toEqual([
      ['Servers', 'all'],
      ['Audit', 'all'],
      ['Photo studio', ['hosts', 'press']],
    ]);
    expect(json.shared_costs.not_added).toBe('per month and per year are not added: convert them in the canvas to get one total');
  });

  it('keeps to the shared costs of the segments reported', () => {
    const report = reportFromText(readFileSync('test/fixtures/economics.bmc.yaml', 'utf8'));
    const guests = JSON.parse(reportJson({ ...report, segments: report.segments.filter((segment) => segment.id === 'guests') }));
    expect(guests.shared_costs.lines.map((line: { name: string }) => line.name)).toEqual(['Servers', 'Audit']);
  });

  it('is indented with two spaces and ends with a newline', () => {
    const output = reportJson(exampleReport('coffee-cart'));
    expect(output.startsWith('{\n  "name": "Station Coffee Cart",\n  "segments": [\n    {\n      "id": "commuters",')).toBe(true);
    expect(output.endsWith('}\n')).toBe(true);
  });

  it('keeps canvas text exactly, with every control character escaped', () => {
    const output = reportJson(reportFromText(HOSTILE_CANVAS));
    expect(output).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    const json = JSON.parse(output);
    expect(json.name).toBe('Evil\u001b[2J\u001b[H canvas');
    expect(json.segments[0].blocks.value_propositions[0].name).toBe('Offer \u202Etxt.exe');
  });
});
