// The layout's promises, checked on numbers: every note inside its block, no two notes or
// blocks overlapping, every line of text inside its note and no wider than the note allows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { largeCanvasData, smallCanvasData } from '../../../test/render-fixtures.js';
import { itemsOf, ITEM_BLOCKS, type ItemBlockKey } from '../../format/blocks.js';
import type { Canvas } from '../../format/canvas.js';
import { normalizeCanvas } from '../../model/normalize.js';
import { contains, overlaps, type CanvasLayout, type Rect } from './geometry.js';
import { BLOCK, layoutCanvas, PAGE } from './layout.js';
import { textWidth } from './measure.js';
import { NEUTRAL, segmentSwatch } from './palette.js';

const EXAMPLES = ['home-espresso', 'coffee-cart', 'city-paper', 'tool-library'];

function example(name: string): Canvas {
  return normalizeCanvas(parse(readFileSync(new URL(`../../../examples/${name}.bmc.yaml`, import.meta.url), 'utf8')));
}

const CASES: [string, Canvas, string?][] = [
  ...EXAMPLES.map((name): [string, Canvas] => [name, example(name)]),
  ['12 segments, 60 items', normalizeCanvas(largeCanvasData())],
  ['1 segment', normalizeCanvas(smallCanvasData())],
  ['home-espresso, offices only', example('home-espresso'), 'offices'],
  ['12 segments, segment 12 only', normalizeCanvas(largeCanvasData()), 'segment-12'],
];

function expectNoOverlaps(rects: Rect[], what: string): void {
  for (let i = 0; i < rects.length; i += 1) {
    for (let j = i + 1; j < rects.length; j += 1) {
      expect(overlaps(rects[i]!, rects[j]!), `${what} ${i} and ${j} overlap`).toBe(false);
    }
  }
}

function checkInvariants(layout: CanvasLayout): void {
  const page: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
  const blocksTop = Math.min(...layout.blocks.map((block) => block.y));
  for (const line of [...layout.header, ...layout.legend.lines]) {
    expect(contains(page, line.box), `header line "${line.text}" inside the page`).toBe(true);
    expect(line.box.y + line.box.height).toBeLessThanOrEqual(blocksTop);
  }
  for (const chip of layout.legend.chips) expect(chip.y + chip.height).toBeLessThanOrEqual(blocksTop);

  expectNoOverlaps(layout.blocks, 'blocks');
  expectNoOverlaps(
    layout.blocks.flatMap((block) => block.notes),
    'notes',
  );
  for (const block of layout.blocks) {
    expect(contains(page, block), `${block.key} inside the page`).toBe(true);
    for (const line of [...block.heading, ...(block.empty ? [block.empty] : [])]) {
      expect(contains(block, line.box), `${block.key} heading "${line.text}" inside the block`).toBe(true);
      expect(line.box.width).toBeLessThanOrEqual(block.width - 2 * BLOCK.padX);
    }
    for (const note of block.notes) {
      expect(contains(block, note), `a note of ${block.key} inside the block`).toBe(true);
      const inner: Rect = { x: note.x + 1, y: note.y + 1, width: note.width - 2, height: note.height - 2 };
      for (const line of note.lines) {
        expect(contains(inner, line.box), `"${line.text}" inside its note in ${block.key}`).toBe(true);
        expect(textWidth(line.text, line.size, line.weight)).toBeLessThanOrEqual(inner.width);
      }
      for (const chip of note.chips) {
        expect(contains(inner, chip), `chip inside its note in ${block.key}`).toBe(true);
        expect(contains(chip, chip.label!.box), 'chip label inside its chip').toBe(true);
      }
      expectNoOverlaps([...note.chips, ...note.lines.map((line) => line.box)], `parts of a note in ${block.key}`);
    }
  }
}

describe('layoutCanvas', () => {
  it.each(CASES)('keeps every note in its block and every text in its note: %s', (_, canvas, segment) => {
    checkInvariants(layoutCanvas(canvas, segment === undefined ? {} : { segment }));
  });

  it('places the nine blocks in the classic arrangement', () => {
    const layout = layoutCanvas(example('home-espresso'));
    const at = Object.fromEntries(layout.blocks.map((block) => [block.key, block]));
    const order = ['key_partnerships', 'key_activities', 'value_propositions', 'customer_relationships', 'customer_segments'];
    for (let i = 1; i < order.length; i += 1) expect(at[order[i]!]!.x).toBeGreaterThan(at[order[i - 1]!]!.x);
    expect(at.key_resources!.x).toBe(at.key_activities!.x);
    expect(at.key_resources!.y).toBeGreaterThan(at.key_activities!.y);
    expect(at.channels!.x).toBe(at.customer_relationships!.x);
    expect(at.channels!.y).toBeGreaterThan(at.customer_relationships!.y);
    // Stacked blocks split at the same height on both sides of the value propositions.
    expect(at.key_activities!.height).toBe(at.customer_relationships!.height);
    expect(at.key_resources!.y + at.key_resources!.height).toBe(at.key_partnerships!.y + at.key_partnerships!.height);
    // Cost structure and revenue streams share the bottom row, below everything else, left and right.
    expect(at.cost_structure!.y).toBe(at.revenue_streams!.y);
    expect(at.cost_structure!.y).toBeGreaterThan(at.key_partnerships!.y + at.key_partnerships!.height);
    expect(at.cost_structure!.x).toBe(at.key_partnerships!.x);
    expect(at.revenue_streams!.x + at.revenue_streams!.width).toBe(at.customer_segments!.x + at.customer_segments!.width);
    expect(layout.width).toBe(PAGE.width);
  });

  it('has one note per segment and item, in file order, or says how many more there are', () => {
    const canvas = normalizeCanvas(largeCanvasData());
    const layout = layoutCanvas(canvas);
    const shown = (key: string) => {
      const block = layout.blocks.find((block) => block.key === key)!;
      return block.notes.length + Number(/^and (\d+) more$/.exec(block.more?.text ?? '')?.[1] ?? 0);
    };
    expect(shown('customer_segments')).toBe(12);
    for (const info of ITEM_BLOCKS) expect(shown(info.key)).toBe(itemsOf(canvas, info.key as ItemBlockKey).length);
    const firstVp = layout.blocks.find((block) => block.key === 'value_propositions')!.notes[0]!;
    expect(firstVp.lines.map((line) => line.text).join(' ')).toContain(canvas.value_propositions[0]!.name.split(' ')[0]);
    // Every block of the small canvas shows all its notes, none hidden.
    const espresso = layoutCanvas(example('home-espresso'));
    expect(espresso.blocks.filter((block) => block.more)).toEqual([]);
  });

  it.each([
    ['1 segment', normalizeCanvas(smallCanvasData())],
    ['home-espresso', example('home-espresso')],
    ['12 segments, 60 items', normalizeCanvas(largeCanvasData())],
  ])('draws %s in the fixed 16:10 frame, 1600 × 1000', (_, canvas) => {
    const layout = layoutCanvas(canvas);
    expect([layout.width, layout.height]).toEqual([PAGE.width, PAGE.height]);
    expect(layout.width / layout.height).toBe(1.6);
  });

  it('grows notes to fill a block with few, and keeps body text at 16 px or more while it fits', () => {
    const names = (layout: CanvasLayout) => layout.blocks.flatMap((block) => block.notes.flatMap((note) => note.lines.filter((line) => line.role === 'note-name')));
    const small = layoutCanvas(normalizeCanvas(smallCanvasData()));
    for (const line of names(small)) expect(line.size).toBe(22);
    const partnerships = small.blocks.find((block) => block.key === 'key_partnerships')!;
    // Its text needs about 50 px; the note grows to 1.6 times that.
    expect(partnerships.notes[0]!.height).toBeGreaterThanOrEqual(75);
    // The tall blocks of a typical canvas keep 16 px and more; the half-height ones may go smaller.
    const espresso = layoutCanvas(example('home-espresso'));
    for (const block of espresso.blocks.filter((block) => block.height > 400 || block.key === 'cost_structure' || block.key === 'revenue_streams')) {
      for (const note of block.notes) expect(note.lines[0]!.size, block.key).toBeGreaterThanOrEqual(16);
    }
    // Sixty items in the same frame: smaller, but not below the readable minimum.
    for (const line of names(layoutCanvas(normalizeCanvas(largeCanvasData())))) expect(line.size).toBeGreaterThanOrEqual(11);
  });

  it('colours notes by the segments they serve; shared items are neutral, multi-segment ones white with a chip each', () => {
    const layout = layoutCanvas(normalizeCanvas(largeCanvasData()));
    const notes = layout.blocks.flatMap((block) => block.notes);
    const multi = notes.filter((note) => note.segments.length > 1 && note.chips.length > 1);
    expect(multi.length).toBeGreaterThan(0);
    for (const note of multi) {
      expect(note.fill).toBe('#FFFFFF');
      expect(note.chips).toHaveLength(note.segments.length);
    }
    const espresso = layoutCanvas(example('home-espresso'));
    const byName = (name: string) =>
      espresso.blocks.flatMap((block) => block.notes).find((note) => note.lines.map((line) => line.text).join(' ').startsWith(name))!;
    expect(byName('Roasting and packing')).toMatchObject({ fill: NEUTRAL.tint, segments: [], chips: [] });
    expect(byName('Flagship boutiques')).toMatchObject({ fill: segmentSwatch(0).tint, segments: ['home-drinkers'] });
    expect(byName('Flagship boutiques').chips.map((chip) => chip.label!.text)).toEqual(['A']);
    expect(byName('Office equipment')).toMatchObject({ fill: segmentSwatch(1).tint, segments: ['offices'] });
  });

  it('says "all segments" once on an item that lists every segment', () => {
    const espresso = layoutCanvas(example('home-espresso'));
    const shop = espresso.blocks.flatMap((block) => block.notes).find((note) => note.lines[0]!.text === 'Online shop')!;
    expect(shop).toMatchObject({ fill: NEUTRAL.tint, segments: ['home-drinkers', 'offices'] });
    expect(shop.chips.map((chip) => [chip.label!.text, chip.color])).toEqual([['all segments', NEUTRAL.color]]);
    const large = layoutCanvas(normalizeCanvas(largeCanvasData()));
    const everyone = large.blocks.flatMap((block) => block.notes).filter((note) => note.segments.length === 12);
    expect(everyone.length).toBeGreaterThan(0);
    for (const note of everyone) expect(note.chips.map((chip) => chip.label!.text)).toEqual(['all segments']);
  });

  it("gives a canvas with one segment that segment's colour on every note, not grey", () => {
    const layout = layoutCanvas(normalizeCanvas(smallCanvasData()));
    const notes = layout.blocks.flatMap((block) => block.notes);
    expect(notes).toHaveLength(9);
    for (const note of notes) expect(note.fill).toBe(segmentSwatch(0).tint);
    expect(layout.legend.lines.map((line) => line.text)).toEqual(['SEGMENTS', 'Everyone']);
  });

  it('puts title, date, description and a legend of every segment on the picture', () => {
    const layout = layoutCanvas(example('home-espresso'));
    const texts = layout.header.map((line) => line.text);
    expect(texts).toContain('Home Espresso Club');
    expect(texts).toContain('2026-11-22');
    expect(texts.join(' ')).toContain('Premium single-serve espresso at home');
    expect(layout.legend.lines.map((line) => line.text)).toEqual(['SEGMENTS', 'Coffee lovers at home', 'Small offices', 'Shared by all segments']);
    expect(layout.legend.chips.map((chip) => chip.label?.text)).toEqual(['A', 'B', undefined]);
  });

  it('shows only what serves one segment, plus shared items, keeping that segment\'s colour', () => {
    const layout = layoutCanvas(example('home-espresso'), { segment: 'offices' });
    const names = (key: string) =>
      layout.blocks.find((block) => block.key === key)!.notes.map((note) => note.lines.filter((l) => l.role === 'note-name').map((l) => l.text).join(' '));
    expect(names('customer_segments')).toEqual(['Small offices']);
    expect(names('channels')).toEqual(['Online shop', 'Office equipment resellers']);
    expect(names('key_activities')).toEqual(['Roasting and packing']);
    const shop = layout.blocks.find((block) => block.key === 'channels')!.notes[0]!;
    expect(shop).toMatchObject({ fill: segmentSwatch(1).tint, segments: ['offices'] });
    expect(layout.legend.lines.map((line) => line.text)).toEqual(['SEGMENTS', 'Small offices', 'Shared by all segments']);
    expect(layout.header.map((line) => line.text).join(' ')).toContain('Only what serves B · Small offices');
  });

  it('refuses a segment the canvas does not have', () => {
    expect(() => layoutCanvas(example('home-espresso'), { segment: 'nobody' })).toThrow(RangeError);
  });

  it('says so in a block without items, and leaves the legend without "shared" when nothing is shared', () => {
    const canvas = normalizeCanvas({ bmc: 1, name: 'Bare', customer_segments: [{ id: 'a', name: 'A' }] });
    const layout = layoutCanvas(canvas);
    checkInvariants(layout);
    expect(layout.blocks.filter((block) => block.empty?.text === 'Nothing here yet').map((block) => block.key)).toHaveLength(8);
    expect(layout.legend.lines.map((line) => line.text)).toEqual(['SEGMENTS', 'A']);
  });

  it('copes with more segments than colours, very long words and text in any script', () => {
    const segments = Array.from({ length: 30 }, (_, index) => ({ id: `s${index}`, name: `Segment ${index} 日本語のテキスト 😀` }));
    const canvas = normalizeCanvas({
      bmc: 1,
      name: 'W'.repeat(200),
      description: 'x'.repeat(500),
      customer_segments: segments,
      value_propositions: [{ name: `${'Ж'.repeat(80)} ${'é'.repeat(3)}`, segments: segments.map((segment) => segment.id) }],
    });
    const layout = layoutCanvas(canvas);
    checkInvariants(layout);
    // The item listing all 30 segments is shared: the legend ends with the neutral swatch.
    expect(layout.legend.chips.map((chip) => chip.label?.text).slice(-4)).toEqual(['AB', 'AC', 'AD', undefined]);
  });
});
