import { describe, expect, it } from 'vitest';
import { checkCanvasText } from '../model/check-canvas.js';
import { noColors } from '../terminal/colors.js';
import { summaryLines } from './summary.js';

describe('the summary before writing', () => {
  it('counts each block and lists the checker’s warnings', () => {
    const text = [
      'bmc: 1',
      'name: Homestay',
      'customer_segments:',
      '  - {id: travellers, name: Travellers}',
      '  - {id: hosts, name: Hosts, pays: false}',
      'value_propositions:',
      '  - {name: Rooms, segments: [travellers, hosts]}',
      'channels:',
      '  - {name: App, segments: [travellers]}',
      'customer_relationships: [Reviews]',
      'revenue_streams:',
      '  - {name: Fee, segments: [travellers]}',
      'cost_structure: {driver: cost_driven, costs: [Servers, Support]}',
      '',
    ].join('\n');
    const { canvas, problems } = checkCanvasText(text);
    expect(summaryLines(canvas!, problems, noColors)).toEqual([
      '',
      'Your canvas: Homestay',
      '  Customer segments       2',
      '  Value propositions      1',
      '  Channels                1',
      '  Customer relationships  1',
      '  Revenue streams         1',
      '  Key resources           0  (empty)',
      '  Key activities          0  (empty)',
      '  Key partnerships        0  (empty)',
      '  Cost structure          2, cost-driven',
      '',
      '1 gap to look at (bmc validate shows them too):',
      '  ⚠ Segment Hosts (`hosts`) has no channel yet',
    ]);
  });

  it('says so when there is no gap', () => {
    const { canvas, problems } = checkCanvasText('bmc: 1\nname: Solo\ncustomer_segments: [{id: me, name: Me, pays: false}]\nvalue_propositions: [V]\nchannels: [C]\ncustomer_relationships: [R]\n');
    expect(summaryLines(canvas!, problems, noColors).at(-1)).toBe('✔ No gaps: every segment is served and every pain and gain addressed.');
  });
});
