// The layout of canvases in other scripts (test/fixtures/scripts): right-to-left lines are
// right-aligned in their notes and keep their words whole; Chinese and Japanese lines break
// between characters and fit their notes. Widths come from whatever fonts this machine has
// (test/render-scripts.test.ts checks the drawn pictures where the fonts are installed). Without
// such a font a fallback's widths break lines elsewhere, so these tests skip, as those do.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HAS_CJK_FONT, HAS_RTL_FONT, warnMissingFonts } from '../../../test/system-fonts.js';
import { normalizeCanvas } from '../../model/normalize.js';
import { contains, type CanvasLayout, type NoteLayout } from './geometry.js';
import { layoutCanvas } from './layout.js';

function fixture(name: string): CanvasLayout {
  const text = readFileSync(new URL(`../../../test/fixtures/scripts/${name}.bmc.yaml`, import.meta.url), 'utf8');
  return layoutCanvas(normalizeCanvas(parse(text)));
}

const notes = (layout: CanvasLayout): NoteLayout[] => layout.blocks.flatMap((block) => block.notes);

warnMissingFonts('scripts-layout.test.ts');

describe.skipIf(!HAS_RTL_FONT)('a canvas in Arabic and Hebrew', () => {
  const layout = fixture('arabic-hebrew');

  it('right-aligns every right-to-left line, as far from the right edge as the chips are from the left', () => {
    let checked = 0;
    for (const note of notes(layout)) {
      const chip = note.chips[0];
      for (const line of note.lines) {
        expect(line.rtl, line.text).toBe(true);
        expect(line.anchor).toBe('end');
        expect(line.box.x + line.box.width).toBeCloseTo(line.x, 6);
        if (chip) expect(note.x + note.width - line.x).toBeCloseTo(chip.x - note.x, 6);
        expect(contains(note, line.box), `${line.text} fits its note`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(12);
  });

  it('takes the invisible RLM before a Latin name as right to left, and keeps it invisible', () => {
    const line = notes(layout)
      .flatMap((note) => note.lines)
      .find((candidate) => candidate.text.includes('Nile'))!;
    expect(line.text).toBe('\u200FNile Logistics');
    expect(line.rtl).toBe(true);
  });

  it('breaks lines between words only', () => {
    const source = readFileSync(new URL('../../../test/fixtures/scripts/arabic-hebrew.bmc.yaml', import.meta.url), 'utf8');
    const words = new Set(source.split(/[\s:"\-[\],]+/));
    for (const line of notes(layout).flatMap((note) => note.lines)) {
      for (const word of line.text.split(' ')) expect(words.has(word) || /^\u200F/.test(word), `"${word}" is a whole word`).toBe(true);
    }
    const partner = layout.blocks.find((block) => block.key === 'key_partnerships')!.notes[0]!;
    expect(partner.lines.map((line) => line.text).join(' ')).toBe('اتحاد المزارعين المستقلين في محافظة الشرقية');
  });

  it('right-aligns the right-to-left title in the space left of the date', () => {
    const title = layout.header.find((line) => line.role === 'title')!;
    const kind = layout.header.find((line) => line.role === 'kind')!;
    expect(title.rtl).toBe(true);
    expect(title.anchor).toBe('end');
    expect(title.box.x + title.box.width).toBeLessThan(kind.box.x);
  });
});

describe.skipIf(!HAS_CJK_FONT)('a canvas in Japanese and Chinese', () => {
  const layout = fixture('cjk');

  it('breaks long names between characters, each line inside its note, no character lost', () => {
    const long = notes(layout).filter((note) => note.lines.length > 1);
    expect(long.length).toBeGreaterThan(4);
    for (const note of notes(layout)) {
      for (const line of note.lines) {
        expect(line.rtl).toBe(false);
        expect(contains(note, line.box), `${line.text} fits its note`).toBe(true);
      }
    }
    const proposition = layout.blocks.find((block) => block.key === 'value_propositions')!.notes[0]!;
    expect(proposition.lines.map((line) => line.text).join('')).toBe('バリスタ品質のエスプレッソを二分以内で、アプリで事前注文すれば待ち時間なし。');
  });

  it('starts no line with closing punctuation, and ends none with an opening bracket', () => {
    for (const line of notes(layout).flatMap((note) => note.lines)) {
      expect(line.text, line.text).not.toMatch(/^[、。，）」』ーッョ]/);
      expect(line.text, line.text).not.toMatch(/[（「『]$/);
    }
  });
});
