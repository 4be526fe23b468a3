// The fonts that draw a picture, and so the fonts its text is measured with. bmc ships Inter
// (assets/fonts, SIL Open Font License) for Latin text; a character Inter lacks (Arabic,
// Hebrew, CJK, symbols …) is drawn from the first font of this machine that fontconfig
// offers for it (system-fonts.ts), and measured with that same font. Kerning and ligatures
// are off in every output, so a line is exactly as wide as its glyphs' advances, except in
// scripts whose letters change shape with their neighbours (Arabic …): those runs are shaped.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { packagePath } from '../../io/package-files.js';
import { covers, systemFonts } from './system-fonts.js';

export type FontWeight = 'regular' | 'bold';

/** The family name every output asks for first; the shipped files carry this name. */
export const SHIPPED_FAMILY = 'Inter';

const SHIPPED_FILES: Record<FontWeight, string> = {
  regular: 'inter-latin-400-normal',
  bold: 'inter-latin-700-normal',
};

export interface LoadedFont {
  /** The TrueType or OpenType file, for resvg and the PDF. */
  file: string;
  family: string;
  /** Whether `file` is a collection (.ttc): the PDF then needs `postscriptName` to pick the face. */
  collection: boolean;
  postscriptName: string;
  font: fontkit.Font;
  /** Advance widths in ems by code point, filled as characters are met. */
  advances: Map<number, number>;
  /** Widths in ems of shaped runs, by their text. */
  shaped: Map<string, number>;
}

/** A run of text that one font draws. */
export interface FontRun {
  text: string;
  font: LoadedFont;
}

/**
 * The OpenType features every output switches off (SVG and HTML by CSS, the PDF through
 * pdfkit, measuring here). fontkit reads this object form; pdfkit's type names only a list.
 */
export const MEASURED_FEATURES: Record<string, boolean> = { kern: false, liga: false, clig: false, calt: false };

/** The file of a shipped font: `.ttf` for measuring and drawing, `.woff2` for web pages. */
export function shippedFontPath(weight: FontWeight, extension: 'ttf' | 'woff2'): string {
  return packagePath('assets', 'fonts', `${SHIPPED_FILES[weight]}.${extension}`);
}

const shipped = new Map<FontWeight, LoadedFont>();
const byFile = new Map<string, LoadedFont | undefined>();
/** The font that draws each code point met so far, by weight; undefined when none has it. */
const chosen: Record<FontWeight, Map<number, LoadedFont | undefined>> = { regular: new Map(), bold: new Map() };
/** The system fonts used so far, in the order they were first needed. */
const fallbacks: LoadedFont[] = [];
/** Characters met since the last takeMissingCharacters() that no font here has. */
const missing = new Set<number>();

/** Formats all three outputs read: TrueType and OpenType fonts and collections. */
const USABLE_FILE = /\.(ttf|otf|ttc|otc)$/i;

function loadFont(file: string, index = 0): LoadedFont | undefined {
  const key = `${file}#${index}`;
  if (byFile.has(key)) return byFile.get(key);
  let loaded: LoadedFont | undefined;
  try {
    const opened = fontkit.create(readFileSync(file));
    const collection = 'fonts' in opened;
    const font = collection ? (opened.fonts[index] as fontkit.Font | undefined) : opened;
    if (font) {
      loaded = { file, family: font.familyName, collection, postscriptName: font.postscriptName, font, advances: new Map(), shaped: new Map() };
    }
  } catch {
    loaded = undefined;
  }
  byFile.set(key, loaded);
  return loaded;
}

export function shippedFont(weight: FontWeight): LoadedFont {
  let font = shipped.get(weight);
  if (!font) {
    font = loadFont(shippedFontPath(weight, 'ttf'));
    if (!font) throw new Error(`cannot read the font ${shippedFontPath(weight, 'ttf')}`);
    shipped.set(weight, font);
  }
  return font;
}

/** Characters that need no glyph: marks that only steer bidi, joiners, variation selectors. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\uFEFF\u061C]/u;

export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

/** The font that draws `codePoint`: the shipped one when it has the glyph, else the first system font that has it. */
export function fontFor(codePoint: number, weight: FontWeight): LoadedFont {
  const primary = shippedFont(weight);
  const known = chosen[weight];
  if (known.has(codePoint)) {
    const font = known.get(codePoint);
    if (font) return font;
    missing.add(codePoint);
    return primary;
  }
  let found: LoadedFont | undefined;
  if (primary.font.hasGlyphForCodePoint(codePoint) || INVISIBLE.test(String.fromCodePoint(codePoint))) found = primary;
  else found = systemFontFor(codePoint, weight);
  known.set(codePoint, found);
  if (!found) missing.add(codePoint);
  return found ?? primary;
}

function systemFontFor(codePoint: number, weight: FontWeight): LoadedFont | undefined {
  for (const candidate of systemFonts(weight)) {
    if (!USABLE_FILE.test(candidate.file) || !covers(candidate, codePoint)) continue;
    const font = loadFont(candidate.file, candidate.index);
    if (!font?.font.hasGlyphForCodePoint(codePoint)) continue;
    if (!fallbacks.includes(font)) fallbacks.push(font);
    return font;
  }
  return undefined;
}

/**
 * A combining mark, an invisible character or a space stays in the run before it when that
 * run's font has it: an accent sits on its letter, and Arabic words keep one run between them.
 */
const CLINGS = /^[\s\p{M}\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\uFEFF\u061C]$/u;

/** Splits text into runs that one font each draws. */
export function fontRuns(text: string, weight: FontWeight): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text) {
    const last = runs.at(-1);
    if (last && CLINGS.test(char) && (last.font.font.hasGlyphForCodePoint(char.codePointAt(0)!) || INVISIBLE.test(char))) {
      last.text += char;
      continue;
    }
    const font = fontFor(char.codePointAt(0)!, weight);
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/** Scripts whose glyphs change with their neighbours, so a run is as wide as its shaped glyphs. */
const SHAPED_SCRIPTS = /[\u0600-\u08FF\u0900-\u0DFF\u0F00-\u0FFF\u1000-\u109F\u1780-\u18AF]/u;

/**
 * The run's text as its font draws it: without the invisible characters it has no glyph for
 * (bidi marks have done their work by then; a font's .notdef box must not show instead).
 */
export function drawnText(run: FontRun): string {
  if (!INVISIBLE.test(run.text)) return run.text;
  let text = '';
  for (const char of run.text) if (!INVISIBLE.test(char) || run.font.font.hasGlyphForCodePoint(char.codePointAt(0)!)) text += char;
  return text;
}

/** Width of a run in ems. */
export function runEms(run: FontRun): number {
  if (SHAPED_SCRIPTS.test(run.text)) {
    let width = run.font.shaped.get(run.text);
    if (width === undefined) {
      const glyphs = run.font.font.layout(drawnText(run), MEASURED_FEATURES);
      width = glyphs.advanceWidth / run.font.font.unitsPerEm;
      run.font.shaped.set(run.text, width);
    }
    return width;
  }
  let ems = 0;
  for (const char of run.text) ems += advance(char.codePointAt(0)!, run.font);
  return ems;
}

/** Width of one character in ems, in the font that draws it. */
export function advance(codePoint: number, font: LoadedFont): number {
  let width = font.advances.get(codePoint);
  if (width === undefined) {
    width = INVISIBLE.test(String.fromCodePoint(codePoint)) ? 0 : font.font.glyphForCodePoint(codePoint).advanceWidth / font.font.unitsPerEm;
    font.advances.set(codePoint, width);
  }
  return width;
}

/** Every system font used so far (for resvg and the PDF, which must load the same files). */
export function fallbackFonts(): readonly LoadedFont[] {
  return fallbacks;
}

/** Characters that no font on this machine has, met since the last call, in the order met. */
export function takeMissingCharacters(): number[] {
  const taken = [...missing];
  missing.clear();
  return taken;
}
