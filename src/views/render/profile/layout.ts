// The Value Proposition Canvas of one segment, on the same fixed 1600 × 1000 frame as the
// canvas view:
//
//   | title, segment, fit                                        VALUE PROPOSITION CANVAS |
//   |  VALUE MAP                              CUSTOMER PROFILE                            |
//   |  +-----------+-----------+                 .-----------.                          |
//   |  | Products  |   Gain    |               /  Gains  |     \                         |
//   |  |    and    | creators  |  ~~~~~~~~~~  |---------- | Jobs |                        |
//   |  | services  |-----------|  ~~~~~~~~~~  |  Pains    |      |                        |
//   |  |           |   Pain    |               \         |     /                         |
//   |  |           | relievers |                 '-----------'                           |
//   |  +-----------+-----------+                                                credit    |
//
// The value map is a square, the customer profile a circle of the same size. Pains and gains
// carry keys (P1, G1, …) in order of severity and importance; each pain reliever and gain
// creator carries the keys of what it addresses, and a line joins the two across the gap.
import type { Canvas } from '../../../format/canvas.js';
import { fitSentence } from '../../report/wording.js';
import { PROFILE_CREDIT } from '../credit.js';
import { textLine, type Chip, type NoteLayout, type Rect, type TextLine } from '../geometry.js';
import { creditLine, PAGE } from '../layout.js';
import { HEADER_FONTS, HEADER_LINES } from '../header.js';
import { textWidth } from '../measure.js';
import { segmentChip, type NoteContent, type SegmentMark } from '../notes.js';
import { inkOn, segmentKey, segmentSwatch, type Swatch } from '../palette.js';
import { wrapText } from '../text-wrap.js';
import { profileContent, type ProfileContent, type ProfileEntry, type ProfileSectionKey } from './content.js';
import { placeSection, type PlacedSection, type Region } from './stack.js';

export interface Point {
  x: number;
  y: number;
}

/** A line from a pain reliever to the pain it relieves, or from a gain creator to its gain. */
export interface Connector {
  kind: 'pain' | 'gain';
  from: Point;
  to: Point;
}

export interface ProfileSectionLayout extends PlacedSection {
  key: ProfileSectionKey;
}

export interface ProfileLayout {
  view: 'profile';
  width: number;
  height: number;
  /** Plain text for the SVG's <title> and <desc> and the HTML page's title. */
  title: string;
  description: string;
  header: TextLine[];
  /** The segment's chip beside its name. */
  chips: Chip[];
  /** "VALUE MAP" and "CUSTOMER PROFILE" above the two shapes. */
  captions: TextLine[];
  square: Rect;
  circle: { cx: number; cy: number; r: number };
  /** The lines that divide the square and the circle into their sections. */
  dividers: { from: Point; to: Point }[];
  sections: ProfileSectionLayout[];
  connectors: Connector[];
  credit: TextLine;
}

export const PROFILE = {
  /** The smallest gap between the square and the circle, where the connectors run. */
  minGap: 150,
  maxGap: 180,
  /** Padding inside the circle's edge and beside its dividers. */
  circlePad: 14,
  dividerInset: 10,
  fonts: {
    title: HEADER_FONTS.title,
    kind: HEADER_FONTS.kind,
    date: HEADER_FONTS.date,
    segment: { size: 18, weight: 'bold', lineHeight: 26 },
    legend: { size: 12.5, weight: 'regular', lineHeight: 17 },
    caption: { size: 11, weight: 'bold', lineHeight: 16 },
  },
} as const;

const KIND = 'VALUE PROPOSITION CANVAS';

/** The marks on pains and on pain relievers, on gains and on gain creators. */
export const MARK_COLORS = { pain: '#D55E00', gain: '#009E73' } as const;

const VALUE_MAP_FILL = '#FFFFFF';

const SECTIONS: Record<ProfileSectionKey, { title: string; empty: string }> = {
  jobs: { title: 'Customer jobs', empty: 'No jobs in the profile yet' },
  pains: { title: 'Pains', empty: 'No pains in the profile yet' },
  gains: { title: 'Gains', empty: 'No gains in the profile yet' },
  products: { title: 'Products & services', empty: 'No products or services named yet' },
  pain_relievers: { title: 'Pain relievers', empty: 'No value proposition relieves these pains yet' },
  gain_creators: { title: 'Gain creators', empty: 'No value proposition creates these gains yet' },
};

export function layoutProfile(canvas: Canvas, segmentId: string): ProfileLayout {
  const content = profileContent(canvas, segmentId);
  const swatch = segmentSwatch(content.segment.index);
  const x = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  const header = layoutProfileHeader(content, swatch, x, PAGE.margin, width);

  const captionsHeight = PROFILE.fonts.caption.lineHeight + 6;
  const creditTop = PAGE.height - PAGE.margin - PAGE.credit.lineHeight;
  const room = creditTop - PAGE.footerGap - 4 - (header.bottom + 14);
  const side = Math.max(300, Math.min(room - captionsHeight, (width - PROFILE.minGap) / 2));
  // The shapes, with their captions, in the middle of the room under the header.
  const captionTop = header.bottom + 14 + Math.max(0, (room - captionsHeight - side) / 2);
  const shapesTop = captionTop + captionsHeight;
  const gap = Math.min(PROFILE.maxGap, width - 2 * side);
  const left = x + (width - 2 * side - gap) / 2;
  const square: Rect = { x: left, y: shapesTop, width: side, height: side };
  const circle = { cx: left + side + gap + side / 2, cy: shapesTop + side / 2, r: side / 2 };
  const captions = [
    textLine('VALUE MAP', 'legend-heading', PROFILE.fonts.caption, { x: square.x, top: captionTop, width: textWidth('VALUE MAP', PROFILE.fonts.caption.size, 'bold') }),
    textLine('CUSTOMER PROFILE', 'legend-heading', PROFILE.fonts.caption, {
      x: circle.cx - circle.r,
      top: captionTop,
      width: textWidth('CUSTOMER PROFILE', PROFILE.fonts.caption.size, 'bold'),
    }),
  ];

  const marks = (keys: readonly string[]): SegmentMark[] => keys.map((key) => ({ id: key, key, swatch: markSwatch(key) }));
  const note = (entry: ProfileEntry, fill: string): NoteContent => ({
    text: { name: entry.text, detail: entry.detail },
    marks: marks(entry.key === undefined ? entry.links : [entry.key]),
    segments: [content.segment.id],
    fill,
  });
  const notesOf = (key: ProfileSectionKey): NoteContent[] =>
    content.sections[key].map((entry) => note(entry, ['jobs', 'pains', 'gains'].includes(key) ? swatch.tint : VALUE_MAP_FILL));

  const regions = sectionRegions(square, circle);
  const sections = (Object.keys(SECTIONS) as ProfileSectionKey[]).map((key): ProfileSectionLayout => ({
    key,
    ...placeSection({ title: SECTIONS[key].title, notes: notesOf(key), empty: SECTIONS[key].empty }, regions[key]),
  }));
  const placed = (key: ProfileSectionKey): ProfileSectionLayout => sections.find((section) => section.key === key)!;
  const connectors = [
    ...connect('pain', content.sections.pain_relievers, placed('pain_relievers').notes, placed('pains').notes),
    ...connect('gain', content.sections.gain_creators, placed('gain_creators').notes, placed('gains').notes),
  ];

  const half = side / 2;
  const dividers = [
    { from: { x: square.x + half, y: square.y }, to: { x: square.x + half, y: square.y + side } },
    { from: { x: square.x + half, y: square.y + half }, to: { x: square.x + side, y: square.y + half } },
    { from: { x: circle.cx, y: circle.cy - circle.r }, to: { x: circle.cx, y: circle.cy + circle.r } },
    { from: { x: circle.cx - circle.r, y: circle.cy }, to: { x: circle.cx, y: circle.cy } },
  ];

  const frameBottom = Math.max(PAGE.height, shapesTop + side + PAGE.footerGap + 4 + PAGE.credit.lineHeight + PAGE.margin);
  const credit = creditLine(PROFILE_CREDIT.text, x + width, frameBottom);
  return {
    view: 'profile',
    width: PAGE.width,
    height: frameBottom,
    title: `${content.canvasName} · ${content.segment.name}`,
    description: [`Fit: ${fitSentence(content.fit)}`, content.date].filter(Boolean).join(' · '),
    header: header.lines,
    chips: header.chips,
    captions,
    square,
    circle,
    dividers,
    sections,
    connectors,
    credit,
  };
}

function markSwatch(key: string): Swatch {
  const color = key.startsWith('P') ? MARK_COLORS.pain : MARK_COLORS.gain;
  return { color, ink: inkOn(color), tint: color };
}

/** Where each section's notes may go: the parts of the square, the thirds of the circle. */
function sectionRegions(square: Rect, circle: { cx: number; cy: number; r: number }): Record<ProfileSectionKey, Region> {
  const half = square.width / 2;
  const box = (rect: Rect): Region => {
    const span = { left: rect.x + 12, right: rect.x + rect.width - 12 };
    return { top: rect.y + 10, bottom: rect.y + rect.height - 12, span: () => span, widest: span, anchor: 'top', maxColumns: 2 };
  };
  const { cx, cy } = circle;
  const radius = circle.r - PROFILE.circlePad;
  const inset = PROFILE.dividerInset;
  /** The half-width of the circle's inner edge at the farther edge of a row. */
  const chord = (top: number, bottom: number): number | undefined => {
    const distance = Math.max(Math.abs(top - cy), Math.abs(bottom - cy));
    return distance >= radius ? undefined : Math.sqrt(radius * radius - distance * distance);
  };
  const leftSide = (top: number, bottom: number, anchor: Region['anchor']): Region => ({
    top,
    bottom,
    span: (rowTop, rowBottom) => {
      const reach = chord(rowTop, rowBottom);
      return reach === undefined || reach <= inset ? undefined : { left: cx - reach, right: cx - inset };
    },
    widest: { left: cx - radius, right: cx - inset },
    anchor,
    maxColumns: 2,
  });
  return {
    products: box({ x: square.x, y: square.y, width: half, height: square.height }),
    gain_creators: box({ x: square.x + half, y: square.y, width: half, height: half }),
    pain_relievers: box({ x: square.x + half, y: square.y + half, width: half, height: half }),
    gains: leftSide(cy - radius, cy - inset, 'bottom'),
    pains: leftSide(cy + inset, cy + radius, 'top'),
    jobs: {
      top: cy - radius,
      bottom: cy + radius,
      span: (rowTop, rowBottom) => {
        const reach = chord(rowTop, rowBottom);
        return reach === undefined || reach <= inset ? undefined : { left: cx + inset, right: cx + reach };
      },
      widest: { left: cx + inset, right: cx + radius },
      anchor: 'middle',
      maxColumns: 2,
    },
  };
}

/** A line from each shown reliever (creator) to each shown pain (gain) it names. */
function connect(kind: Connector['kind'], entries: readonly ProfileEntry[], from: readonly NoteLayout[], to: readonly NoteLayout[]): Connector[] {
  const connectors: Connector[] = [];
  from.forEach((note, index) => {
    for (const key of entries[index]!.links) {
      const target = to[Number(key.slice(1)) - 1];
      if (!target) continue;
      connectors.push({ kind, from: { x: note.x + note.width, y: note.y + note.height / 2 }, to: { x: target.x, y: target.y + target.height / 2 } });
    }
  });
  return connectors;
}

interface ProfileHeader {
  lines: TextLine[];
  chips: Chip[];
  bottom: number;
}

/** The canvas's name, the segment with its chip, the fit, and what the marks mean. */
function layoutProfileHeader(content: ProfileContent, swatch: Swatch, x: number, y: number, width: number): ProfileHeader {
  const fonts = PROFILE.fonts;
  const lines: TextLine[] = [];
  const right = x + width;
  const kindWidth = textWidth(KIND, fonts.kind.size, 'bold');
  lines.push(textLine(KIND, 'kind', fonts.kind, { x: right, top: y + 2, width: kindWidth, anchor: 'end' }));
  let rightWidth = kindWidth;
  let rightBottom = y + 2 + fonts.kind.lineHeight;
  if (content.date) {
    const dateWidth = textWidth(content.date, fonts.date.size);
    lines.push(textLine(content.date, 'date', fonts.date, { x: right, top: rightBottom, width: dateWidth, anchor: 'end' }));
    rightWidth = Math.max(rightWidth, dateWidth);
    rightBottom += fonts.date.lineHeight;
  }
  let top = y;
  for (const text of wrapText(content.canvasName, width - rightWidth - 32, fonts.title, HEADER_LINES.title)) {
    lines.push(textLine(text, 'title', fonts.title, { x, top, width: textWidth(text, fonts.title.size, 'bold') }));
    top += fonts.title.lineHeight;
  }
  top = Math.max(top, rightBottom) + 6;

  // The segment: its chip (the letter and colour it has on the canvas), then its name; the fit
  // at the right of the same line when both fit, else under it.
  const mark: SegmentMark = { id: content.segment.id, key: segmentKey(content.segment.index), swatch };
  const probe = segmentChip(mark, 0, 0);
  const chip = segmentChip(mark, x, top + (fonts.segment.lineHeight - probe.height) / 2);
  const fit = `Fit: ${fitSentence(content.fit)}`;
  const fitWidth = textWidth(fit, fonts.segment.size, 'bold');
  const nameX = x + chip.width + 8;
  const sideBySide = width - chip.width - 8 - fitWidth - 32;
  const names = wrapText(content.segment.name, sideBySide >= 200 ? sideBySide : width - chip.width - 8, fonts.segment, HEADER_LINES.focus);
  for (const [index, text] of names.entries()) {
    lines.push(textLine(text, 'focus', fonts.segment, { x: nameX, top: top + index * fonts.segment.lineHeight, width: textWidth(text, fonts.segment.size, 'bold') }));
  }
  if (sideBySide >= 200) {
    lines.push(textLine(fit, 'focus', fonts.segment, { x: right, top, width: fitWidth, anchor: 'end' }));
    top += names.length * fonts.segment.lineHeight;
  } else {
    top += names.length * fonts.segment.lineHeight;
    for (const text of wrapText(fit, width, fonts.segment)) {
      lines.push(textLine(text, 'focus', fonts.segment, { x, top, width: textWidth(text, fonts.segment.size, 'bold') }));
      top += fonts.segment.lineHeight;
    }
  }

  top += 2;
  const legend =
    'P1, P2 … are the pains by severity, G1, G2 … the gains by importance. Each pain reliever and gain creator (a value proposition serving the segment) carries the marks of those it addresses, and a line joins them.';
  for (const text of wrapText(legend, width, fonts.legend)) {
    lines.push(textLine(text, 'legend-label', fonts.legend, { x, top, width: textWidth(text, fonts.legend.size) }));
    top += fonts.legend.lineHeight;
  }
  return { lines, chips: [chip], bottom: top };
}
