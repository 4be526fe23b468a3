import { describe, expect, it } from 'vitest';
import { HOSTILE_CANVAS, exampleReport, reportFromText } from '../../../test/support/report-fixtures.js';
import { reportJson } from './json.js';

describe('reportJson', () => {
  it('prints the stable contract: name, then per segment id, name, type, pays, blocks, gaps, fit, profile', () => {
    const json = JSON.parse(reportJson(exampleReport('tool-library')));
    expect(Object.keys(json)).toEqual(['name', 'segments']);
    expect(json.name).toBe('Neighbourhood Tool Library');
    const [diy, landlords, makers] = json.segments;
    expect(Object.keys(diy)).toEqual(['id', 'name', 'type', 'pays', 'blocks', 'gaps', 'fit', 'profile']);
    expect(landlords).toEqual({
      id: 'landlords',
      name: 'Small landlords',
      type: 'niche',
      pays: true,
      blocks: {
        value_propositions: [
          { name: 'Borrow any tool for a week', shared: false },
          { name: 'Workshops on repairing things', shared: true },
        ],
        channels: [],
        customer_relationships: [{ name: 'Volunteer help desk', shared: true }],
        revenue_streams: [],
        key_resources: [
          { name: 'Tool inventory', shared: true },
          { name: 'Shop space', shared: true },
        ],
        key_activities: [
          { name: 'Lending and returns', shared: true },
          { name: 'Repairing tools', shared: true },
        ],
        key_partnerships: [{ name: 'Hardware store donations', shared: true }],
        cost_structure: [
          { name: 'Rent', shared: true },
          { name: 'Insurance', shared: true },
        ],
      },
      gaps: ['channels', 'revenue_streams'],
      fit: { addressed: 0, total: 0 },
      profile: { jobs: [], pains: [], gains: [] },
    });
    expect(makers.pays).toBe(false);
    expect(makers.gaps).toEqual(['channels']);
    expect(diy.fit).toEqual({ addressed: 1, total: 2 });
    expect(diy.profile.pains).toEqual([
      { id: 'rarely-used', text: 'Tools bought for one job sit in the cellar', severity: 3, addressed_by: ['Borrow any tool for a week'] },
      { id: 'storage', text: 'No room to store big tools', severity: 2, addressed_by: [] },
    ]);
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
