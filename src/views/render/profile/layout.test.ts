// The profile view's promises, checked on numbers: every note inside its part of the square
// or its third of the circle, none overlapping, text inside its note; pains and gains in
// order with their keys; the connectors join what the report says is addressed; the fit is
// the report's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Canvas } from '../../../format/canvas.js';
import { buildReport } from '../../../model/report.js';
import { normalizeCanvas } from '../../../model/normalize.js';
import { fitSentence } from '../../report/wording.js';
import { contains, overlaps, type NoteLayout, type Rect } from '../geometry.js';
import { textWidth } from '../measure.js';
import { profileContent } from './content.js';
import { layoutProfile, PROFILE, type ProfileLayout } from './layout.js';

function example(name: string): Canvas {
  return normalizeCanvas(parse(readFileSync(new URL(`../../../../examples/${name}.bmc.yaml`, import.meta.url), 'utf8')));
}

/** A segment with a crowded profile: 30 pains, 25 gains, 20 jobs, long texts, 12 propositions. */
function crowded(): Canvas {
  const long = 'that takes far more words to say than a sticky note would like, and then some more';
  const pains = Array.from({ length: 30 }, (_, i) => ({ id: `pain-${i}`, text: `Pain ${i} ${i % 3 === 0 ? long : ''}`.trim(), severity: (i % 5) + 1 }));
  const gains = Array.from({ length: 25 }, (_, i) => ({ id: `gain-${i}`, text: `Gain ${i} ${i % 4 === 0 ? long : ''}`.trim(), importance: (i % 5) + 1 }));
  const jobs = Array.from({ length: 20 }, (_, i) => ({ text: `Job ${i} ${i % 2 === 0 ? long : ''}`.trim(), kind: 'functional', importance: (i % 5) + 1 }));
  return normalizeCanvas({
    bmc: 1,
    name: 'Crowded',
    customer_segments: [{ id: 'many', name: 'Many needs', profile: { jobs, pains, gains } }],
    value_propositions: Array.from({ length: 12 }, (_, i) => ({
      name: `Proposition ${i}`,
      segments: ['many'],
      products: [`Product ${i}`, `Service ${i}`],
      relieves: pains.filter((_, p) => p % 12 === i).map((pain) => pain.id),
      creates: gains.filter((_, g) => g % 12 === i).map((gain) => gain.id),
    })),
  });
}

const CASES: [string, Canvas, string][] = [
  ['home-espresso, home-drinkers', example('home-espresso'), 'home-drinkers'],
  ['home-espresso, offices', example('home-espresso'), 'offices'],
  ['tool-library, diy-households', example('tool-library'), 'diy-households'],
  ['tool-library, landlords (no profile)', example('tool-library'), 'landlords'],
  ['crowded', crowded(), 'many'],
];

function inCircle(layout: ProfileLayout, rect: Rect): boolean {
  const { cx, cy, r } = layout.circle;
  const corners = [
    [rect.x, rect.y],
    [rect.x + rect.width, rect.y],
    [rect.x, rect.y + rect.height],
    [rect.x + rect.width, rect.y + rect.height],
  ] as const;
  return corners.every(([x, y]) => Math.hypot(x - cx, y - cy) <= r - PROFILE.circlePad + 1e-6);
}

function section(layout: ProfileLayout, key: string) {
  return layout.sections.find((candidate) => candidate.key === key)!;
}

describe('layoutProfile', () => {
  it.each(CASES)('%s: a 1600 × 1000 frame, every note inside its shape, none overlapping', (_, canvas, segment) => {
    const layout = layoutProfile(canvas, segment);
    expect([layout.width, layout.height]).toEqual([1600, 1000]);
    const page: Rect = { x: 0, y: 0, width: layout.width, height: layout.height };
    expect(contains(page, layout.square)).toBe(true);
    expect(layout.square.width).toBe(layout.square.height);
    expect(layout.circle.r * 2).toBeCloseTo(layout.square.width);
    expect(contains(page, { x: layout.circle.cx - layout.circle.r, y: layout.circle.cy - layout.circle.r, width: 2 * layout.circle.r, height: 2 * layout.circle.r })).toBe(true);
    // The header ends above the shapes; the credit is under them.
    const shapesTop = layout.square.y;
    for (const line of [...layout.header, ...layout.captions]) expect(line.box.y + line.box.height).toBeLessThanOrEqual(shapesTop + 1e-6);
    expect(layout.credit.box.y).toBeGreaterThanOrEqual(layout.square.y + layout.square.height);
    expect(contains(page, layout.credit.box)).toBe(true);

    const notes: NoteLayout[] = [];
    for (const part of layout.sections) {
      const inShape = ['jobs', 'pains', 'gains'].includes(part.key) ? (rect: Rect) => inCircle(layout, rect) : (rect: Rect) => contains(layout.square, rect);
      for (const line of [...part.heading, ...(part.empty ? [part.empty] : []), ...(part.more ? [part.more] : [])]) {
        expect(inShape(line.box), `${part.key}: "${line.text}" inside its shape`).toBe(true);
      }
      for (const note of part.notes) {
        expect(inShape(note), `${part.key} note inside its shape`).toBe(true);
        for (const line of note.lines) {
          expect(contains(note, line.box), `"${line.text}" inside its note`).toBe(true);
          expect(textWidth(line.text, line.size, line.weight)).toBeLessThanOrEqual(note.width);
        }
        for (const chip of note.chips) expect(contains(note, chip)).toBe(true);
        notes.push(note);
      }
    }
    for (let i = 0; i < notes.length; i += 1) {
      for (let j = i + 1; j < notes.length; j += 1) expect(overlaps(notes[i]!, notes[j]!), `notes ${i} and ${j} overlap`).toBe(false);
    }
    // Each third of the circle keeps to its side of the dividers.
    const { cx, cy } = layout.circle;
    for (const note of section(layout, 'jobs').notes) expect(note.x).toBeGreaterThan(cx);
    for (const note of section(layout, 'gains').notes) expect([note.x + note.width <= cx, note.y + note.height <= cy]).toEqual([true, true]);
    for (const note of section(layout, 'pains').notes) expect([note.x + note.width <= cx, note.y >= cy]).toEqual([true, true]);
  });

  it.each(CASES)('%s: the fit figure is the report’s, and each connector joins a reliever to a pain it relieves', (_, canvas, segment) => {
    const layout = layoutProfile(canvas, segment);
    const report = buildReport(canvas).segments.find((entry) => entry.id === segment)!;
    expect(layout.header.map((line) => line.text).join(' ')).toContain(`Fit: ${fitSentence(report.fit)}`);
    expect(layout.description).toContain(fitSentence(report.fit));

    const content = profileContent(canvas, segment);
    // What the picture marks as relieved is what the report says is addressed.
    const linked = new Set(content.sections.pain_relievers.flatMap((entry) => entry.links));
    const painKeys = content.sections.pains.map((entry) => entry.key!);
    const addressedPains = report.profile.pains.filter((pain) => pain.addressed_by.length > 0).length;
    expect(painKeys.filter((key) => linked.has(key))).toHaveLength(addressedPains);

    const shown = (key: string) => section(layout, key).notes;
    let expected = 0;
    for (const [kind, from, to, entries] of [
      ['pain', shown('pain_relievers'), shown('pains'), content.sections.pain_relievers],
      ['gain', shown('gain_creators'), shown('gains'), content.sections.gain_creators],
    ] as const) {
      from.forEach((note, index) => {
        for (const key of entries[index]!.links) {
          const target = to[Number(key.slice(1)) - 1];
          if (!target) continue;
          expected += 1;
          expect(layout.connectors).toContainEqual({ kind, from: { x: note.x + note.width, y: note.y + note.height / 2 }, to: { x: target.x, y: target.y + target.height / 2 } });
        }
      });
    }
    expect(layout.connectors).toHaveLength(expected);
  });

  it('orders pains by severity and gains and jobs by importance, keyed P1, G1 …', () => {
    const content = profileContent(example('home-espresso'), 'home-drinkers');
    expect(content.sections.pains.map((entry) => [entry.key, entry.text, entry.detail])).toEqual([
      ['P1', 'Taste varies from cup to cup', 'Severity 4/5'],
      ['P2', 'Grinding and cleaning is messy', 'Severity 3/5'],
    ]);
    expect(content.sections.gains.map((entry) => [entry.key, entry.text])).toEqual([
      ['G1', 'The same taste every time'],
      ['G2', 'Try a new origin every week'],
    ]);
    expect(content.sections.jobs.map((entry) => entry.detail)).toEqual(['Functional\u00A0· importance 5/5', 'Social\u00A0· importance 3/5']);
    expect(content.sections.products.map((entry) => entry.text)).toEqual(['machines', 'capsules', 'capsule subscription']);
    expect(content.sections.pain_relievers).toEqual([{ text: 'Café-quality espresso at the push of a button', detail: '', links: ['P1', 'P2'] }]);
    expect(content.sections.gain_creators.map((entry) => [entry.text, entry.links])).toEqual([
      ['Café-quality espresso at the push of a button', ['G1']],
      ['A monthly discovery box of new origins', ['G2']],
    ]);
    expect(content.fit).toEqual({ addressed: 4, total: 4 });
  });

  it('says which pains nothing relieves', () => {
    const content = profileContent(example('tool-library'), 'diy-households');
    expect(content.sections.pains.map((entry) => entry.detail)).toEqual(['Severity 3/5', 'Severity 2/5\u00A0· not relieved']);
  });

  it('shows what fits of a crowded profile and says how many more there are', () => {
    const layout = layoutProfile(crowded(), 'many');
    for (const [key, total] of [
      ['pains', 30],
      ['gains', 25],
      ['jobs', 20],
    ] as const) {
      const part = section(layout, key);
      expect(part.more?.text, key).toMatch(/^and \d+ more$/);
      expect(part.notes.length + Number(/\d+/.exec(part.more!.text)![0])).toBe(total);
      expect(part.notes.length).toBeGreaterThan(3);
    }
  });

  it('draws a segment without a profile with every section saying it is empty', () => {
    const layout = layoutProfile(example('tool-library'), 'landlords');
    expect(section(layout, 'jobs').empty?.text).toBe('No jobs in the profile yet');
    expect(section(layout, 'pains').empty?.text).toBe('No pains in the profile yet');
    expect(layout.connectors).toEqual([]);
    expect(layout.header.map((line) => line.text)).toContain('Fit: no pains or gains in the profile to address');
  });
});
