// The canvas as a PDF: one landscape page, A4 or Letter, drawn from the same layout as the
// SVG with pdfkit, text as real text (selectable, searchable) in the fonts it was measured
// with, each embedded as a subset of the glyphs used.
import PDFDocument from 'pdfkit';
import type { Steps } from '../../terminal/progress.js';
import { CREDIT } from './credit.js';
import { mirrored } from './bidi.js';
import { drawnText, MEASURED_FEATURES, type LoadedFont } from './fonts.js';
import type { BlockLayout, CanvasLayout, Chip, NoteLayout, Rect, TextLine } from './geometry.js';
import type { PageSize } from './formats.js';
import { linePieces } from './line-pieces.js';
import { BLOCK_FRAME, CHIP_RADIUS, NOTE_FRAME, NOTE_SHADOW, PAGE_FILL, SWATCH_OUTLINE, TEXT_FILL } from './theme.js';

export const PAGE_SIZES: Record<PageSize, { name: string; width: number; height: number }> = {
  a4: { name: 'A4', width: 841.89, height: 595.28 },
  letter: { name: 'Letter', width: 792, height: 612 },
};

/** White space around the canvas on the page, in points (about 6 mm): inside any printer's margin. */
export const PAGE_MARGIN = 18;

/**
 * fontkit shapes text with the font's default features unless told otherwise: kerning and
 * ligatures are switched off, as in the SVG, so glyphs sit where they were measured. pdfkit
 * passes this object through to fontkit; its type names only the list form.
 */
const FEATURES = MEASURED_FEATURES as unknown as PDFKit.Mixins.OpenTypeFeatures[];

/** What a page of either picture has: its size in layout units, a title and a description. */
export interface PageFrame {
  width: number;
  height: number;
  title: string;
  description?: string | undefined;
}

/**
 * A one-page PDF, landscape on `page`, with the picture scaled to fit inside the margin and
 * centred; `done` gives the file's bytes once `doc.end()` is called.
 */
export function startPage(page: PageSize, frame: PageFrame, kind: string): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const size = PAGE_SIZES[page];
  const doc = new PDFDocument({
    size: [size.width, size.height],
    margin: 0,
    autoFirstPage: true,
    info: { Title: `${frame.title} — ${kind}`, Subject: frame.description, Creator: 'bmc' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const scale = Math.min((size.width - 2 * PAGE_MARGIN) / frame.width, (size.height - 2 * PAGE_MARGIN) / frame.height);
  doc.translate((size.width - frame.width * scale) / 2, (size.height - frame.height * scale) / 2);
  doc.scale(scale);
  return { doc, done };
}

/**
 * Drawn a piece at a time, with `steps` told of each: the legend of a canvas with thousands of
 * segments takes seconds, and the progress line and Ctrl+C get their turns in between.
 */
export async function renderPdf(layout: CanvasLayout, page: PageSize = 'a4', steps?: Steps): Promise<Buffer> {
  const { doc, done } = startPage(page, layout, 'Business Model Canvas');
  doc.rect(0, 0, layout.width, layout.height).fill(PAGE_FILL);
  for (const line of layout.header) text(doc, line);
  steps?.step('drawing the legend', layout.legend.chips.length + layout.legend.lines.length);
  for (const chip of layout.legend.chips) {
    drawChip(doc, chip, !chip.label);
    steps?.tick();
    await steps?.pause();
  }
  for (const line of layout.legend.lines) {
    text(doc, line);
    steps?.tick();
    await steps?.pause();
  }
  steps?.step('drawing the notes', layout.blocks.reduce((sum, block) => sum + block.notes.length, 0));
  for (const block of layout.blocks) {
    await drawBlock(doc, block, steps);
  }
  text(doc, layout.credit);
  const box = layout.credit.box;
  doc.link(box.x, box.y, box.width, box.height, CREDIT.licenceUrl);
  steps?.step('embedding the fonts');
  await steps?.pause();
  doc.end();
  return done;
}

async function drawBlock(doc: PDFKit.PDFDocument, block: BlockLayout, steps: Steps | undefined): Promise<void> {
  roundedRect(doc, block, BLOCK_FRAME.radius);
  doc.lineWidth(BLOCK_FRAME.strokeWidth).fillAndStroke(BLOCK_FRAME.fill, BLOCK_FRAME.stroke);
  for (const line of block.heading) text(doc, line);
  if (block.empty) text(doc, block.empty);
  for (const note of block.notes) {
    drawNote(doc, note);
    steps?.tick();
    await steps?.pause();
  }
  if (block.more) text(doc, block.more);
}

export function drawNote(doc: PDFKit.PDFDocument, note: NoteLayout): void {
  roundedRect(doc, { ...note, x: note.x + NOTE_SHADOW.dx, y: note.y + NOTE_SHADOW.dy }, NOTE_FRAME.radius);
  doc.fillColor(NOTE_SHADOW.fill, NOTE_SHADOW.opacity).fill();
  roundedRect(doc, note, NOTE_FRAME.radius);
  doc.fillColor(note.fill, 1).fill();
  roundedRect(doc, note, NOTE_FRAME.radius);
  doc.lineWidth(NOTE_FRAME.strokeWidth).strokeColor(NOTE_FRAME.stroke, NOTE_FRAME.strokeOpacity).stroke();
  doc.strokeOpacity(1);
  for (const chip of note.chips) drawChip(doc, chip, false);
  for (const line of note.lines) text(doc, line);
}

export function drawChip(doc: PDFKit.PDFDocument, chip: Chip, outlined: boolean): void {
  roundedRect(doc, chip, CHIP_RADIUS);
  doc.fillColor(chip.color, 1).fill();
  if (outlined) {
    roundedRect(doc, chip, CHIP_RADIUS);
    doc.lineWidth(SWATCH_OUTLINE.strokeWidth).strokeColor(SWATCH_OUTLINE.stroke, SWATCH_OUTLINE.strokeOpacity).stroke();
    doc.strokeOpacity(1);
  }
  if (chip.label) text(doc, chip.label, chip.ink);
}

function roundedRect(doc: PDFKit.PDFDocument, rect: Rect, radius: number): void {
  doc.roundedRect(rect.x, rect.y, rect.width, rect.height, radius);
}

/**
 * A line of text at its baseline, each piece in the font that measured it, at its measured
 * place (line-pieces.ts). The PDF has no bidi of its own: a right-to-left piece is drawn with
 * its brackets mirrored and its glyphs from right to left.
 */
export function text(doc: PDFKit.PDFDocument, line: TextLine, fill = TEXT_FILL[line.role]): void {
  doc.fillColor(fill, 1);
  for (const piece of linePieces(line)) {
    const drawn = drawnText({ text: piece.rtl ? mirrored(piece.text) : piece.text, font: piece.font });
    if (drawn === '') continue;
    useFont(doc, piece.font, line.size);
    doc.text(inDrawingOrder(drawn, piece.rtl), piece.x, line.y, { lineBreak: false, baseline: 'alphabetic', features: FEATURES });
  }
}

/** Scripts that fontkit lays out right to left by itself, whatever the run's level. */
const FONTKIT_RTL = /\p{Script=Arabic}|\p{Script=Hebrew}|\p{Script=Syriac}|\p{Script=Thaana}|\p{Script=Nko}|\p{Script=Samaritan}|\p{Script=Mandaic}/u;
/** A character of a script of its own, the first of which tells fontkit the run's script. */
const SCRIPT_OF_ITS_OWN = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;

/**
 * fontkit turns a run around when its first script reads right to left, and keeps it as it is
 * otherwise: a right-to-left run of neutrals only ("(", " - ") and a left-to-right run of
 * Arabic digits are turned around here beforehand, so each lands the way its level says.
 */
function inDrawingOrder(text: string, rtl: boolean): string {
  const script = SCRIPT_OF_ITS_OWN.exec(text)?.[0];
  const fontkitTurns = script !== undefined && FONTKIT_RTL.test(script);
  return fontkitTurns === rtl ? text : [...text].reverse().join('');
}

/** pdfkit's name for each font, registered once per document. */
const registered = new WeakMap<PDFKit.PDFDocument, Map<LoadedFont, string>>();

function useFont(doc: PDFKit.PDFDocument, font: LoadedFont, size: number): void {
  let names = registered.get(doc);
  if (!names) registered.set(doc, (names = new Map()));
  let name = names.get(font);
  if (name === undefined) {
    name = `bmc-font-${names.size}`;
    // A collection (.ttc, as the CJK fonts are) holds several faces: pdfkit picks one by its PostScript name.
    if (font.collection) doc.registerFont(name, font.file, font.postscriptName);
    else doc.registerFont(name, font.file);
    names.set(font, name);
  }
  doc.font(name, size);
}
