import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCanvasText } from './check-canvas.js';
import { buildEconomics, formatMoney } from './economics.js';

function economicsOf(path: string) {
  const { canvas, problems } = checkCanvasText(readFileSync(path, 'utf8'));
  if (!canvas) throw new Error(JSON.stringify(problems));
  return buildEconomics(canvas);
}

describe('economics per segment', () => {
  const economics = economicsOf('test/fixtures/economics.bmc.yaml');
  const [hosts, guests, press] = economics.segments;

  it('multiplies prices per period by the segment size and adds them per currency and period, never across', () => {
    expect(hosts!.revenue.lines.map((line) => [line.name, line.estimate && formatMoney(line.estimate), line.basis])).toEqual([
      ['Host subscription', '22,800 EUR per month', '19 EUR per month × 1,200 customers'],
      ['Host listing insurance', '144,000 EUR per year', '120 EUR per year × 1,200 customers'],
      ['US host subscription', '25,200 USD per month', '21 USD per month × 1,200 customers'],
      ['Premium photos', '2,400 EUR per month', '2 EUR per month × 1,200 customers'],
    ]);
    expect(hosts!.revenue.totals.map(formatMoney)).toEqual(['25,200 EUR per month', '144,000 EUR per year', '25,200 USD per month']);
    expect(hosts!.revenue.not_added).toBe('EUR and USD are not added; per month and per year are not added: convert them in the canvas to get one total');
    expect(hosts!.size_source).toBe('tourism office 2025');
  });

  it('says "not enough data" for a commission, and counts a unit price once per customer, apart from period totals', () => {
    expect(guests!.revenue.lines.map((line) => [line.name, line.estimate && formatMoney(line.estimate), line.basis])).toEqual([
      ['Booking commission', null, 'not enough data: 3% of booking needs a volume (how much booking per period)'],
      ['Travel guide', '225,000 EUR for one guide each', '4.5 EUR per guide × 50,000 customers, one guide each'],
    ]);
    expect(guests!.revenue.without_amount).toEqual(['Gift cards']);
    expect(guests!.revenue.not_added).toBeNull();
  });

  it('keeps costs of one segment with it, shows shared costs apart, and needs a volume for a cost per unit', () => {
    expect(hosts!.costs.totals.map(formatMoney)).toEqual(['3,000 EUR per month']);
    expect(guests!.costs.lines.map((line) => line.basis)).toEqual(['not enough data: 1.4% of payment needs a volume (how much payment per period)']);
    expect(economics.shared_costs.lines.map((line) => [line.name, line.basis])).toEqual([
      ['Servers', 'per month'],
      ['Audit', 'per year'],
      ['Photo studio', 'not enough data: a cost per shoot needs a volume (how many per period)'],
    ]);
    expect(economics.shared_costs.segments).toEqual({ Servers: 'all', Audit: 'all', 'Photo studio': ['hosts', 'press'] });
    expect(economics.shared_costs.not_added).toBe('per month and per year are not added: convert them in the canvas to get one total');
  });

  it('gives a segment that does not pay no revenue, and a segment without size no estimate', () => {
    expect(press!.pays).toBe(false);
    expect(press!.revenue.lines).toEqual([]);
    const { canvas } = checkCanvasText('bmc: 1\nname: X\ncustomer_segments: [{id: a, name: A}]\nrevenue_streams: [{name: Fee, amount: {value: 5, currency: EUR, per: month}}]\n');
    expect(buildEconomics(canvas!).segments[0]!.revenue.lines[0]).toEqual({
      name: 'Fee',
      amount: '5 EUR per month',
      estimate: null,
      basis: 'not enough data: the segment has no size',
    });
  });
});
