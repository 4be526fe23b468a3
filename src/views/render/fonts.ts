// The fonts that draw a picture, and so the fonts its text is measured with. bmc ships Inter
// (assets/fonts, SIL Open Font License) for Latin text; a character Inter lacks (Arabic,
// Hebrew, CJK, symbols …) is drawn from a font on this machine that fontconfig picks for it,
// and measured with that same font. Widths are the glyphs' own advances: kerning and
// ligatures are switched off in every output, so a line is exactly as wide as measured.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { packagePath } from '../../io/package-files.js';

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
  /** Whether `file` is a collection (.ttc) of which this is the first face. */
  collection: boolean;
  postscriptName: string;
  font: fontkit.Font;
  /** Advance widths in ems by code point, filled as characters are met. */
  advances: Map<number, number>;
}

/** A run of text that one font draws. */
export interface FontRun {
  text: string;
  font: LoadedFont;
}

/** The file of a shipped font: `.ttf` for measuring and drawing, `.woff2` for web pages. */
export function shippedFontPath(weight: FontWeight, extension: 'ttf' | 'woff2'): string {
  return packagePath('assets', 'fonts', `${SHIPPED_FILES[weight]}.${extension}`);
}

const shipped = new Map<FontWeight, LoadedFont>();
const byFile = new Map<string, LoadedFont | undefined>();
/** For each code point the shipped font lacks: the system font that has it, or undefined for none. */
const fallbackFor = new Map<number, LoadedFont | undefined>();
/** The fonts found through fontconfig, in the order they were first needed. */
const fallbacks: LoadedFont[] = [];
const missing = new Set<number>();

function loadFont(file: string): LoadedFont | undefined {
  if (byFile.has(file)) return byFile.get(file);
  let loaded: LoadedFont | undefined;
  try {
    const opened = fontkit.create(readFileSync(file));
    // A collection (.ttc, as the CJK fonts are) holds several faces: take the first.
    const collection = 'fonts' in opened;
    const font = collection ? (opened.fonts[0] as fontkit.Font | undefined) : opened;
    if (font) loaded = { file, family: font.familyName, collection, postscriptName: font.postscriptName, font, advances: new Map() };
  } catch {
    loaded = undefined;
  }
  byFile.set(file, loaded);
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

/** Whether the character needs no glyph: marks that only steer bidi, joiners, variation selectors. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFE00-\uFE0F\uFEFF\u061C]/u;

/**
 * The font that draws `codePoint`: the shipped one when it has the glyph, else the first
 * fallback that has it, else the one fontconfig picks. fontconfig is asked once per font it
 * leads to, not once per character: a new font's whole character set is known at once.
 */
export function fontFor(codePoint: number, weight: FontWeight): LoadedFont {
  const primary = shippedFont(weight);
  if (primary.font.hasGlyphForCodePoint(codePoint)) return primary;
  if (fallbackFor.has(codePoint)) return fallbackFor.get(codePoint) ?? primary;
  let found = fallbacks.find((font) => font.font.hasGlyphForCodePoint(codePoint));
  if (!found) {
    const file = fontconfigMatch(codePoint);
    const candidate = file === undefined ? undefined : loadFont(file);
    if (candidate?.font.hasGlyphForCodePoint(codePoint)) {
      found = candidate;
      if (!fallbacks.includes(candidate)) fallbacks.push(candidate);
    }
  }
  if (!found && !INVISIBLE.test(String.fromCodePoint(codePoint))) missing.add(codePoint);
  fallbackFor.set(codePoint, found);
  return found ?? primary;
}

/** The font file fontconfig would draw the character with, if fontconfig is there. */
function fontconfigMatch(codePoint: number): string | undefined {
  const result = spawnSync('fc-match', ['--format=%{file}', `sans-serif:charset=${codePoint.toString(16)}`], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return result.status === 0 && result.stdout !== '' ? result.stdout : undefined;
}

/** Splits text into runs that one font each draws. */
export function fontRuns(text: string, weight: FontWeight): FontRun[] {
  const runs: FontRun[] = [];
  for (const char of text) {
    const font = fontFor(char.codePointAt(0)!, weight);
    const last = runs.at(-1);
    if (last && last.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/** Width of one character in ems, in the font that draws it. */
export function advance(codePoint: number, font: LoadedFont): number {
  let width = font.advances.get(codePoint);
  if (width === undefined) {
    const glyph = font.font.glyphForCodePoint(codePoint);
    width = INVISIBLE.test(String.fromCodePoint(codePoint)) ? 0 : glyph.advanceWidth / font.font.unitsPerEm;
    font.advances.set(codePoint, width);
  }
  return width;
}

/** Every fallback font used so far (for resvg and the PDF, which must load the same files). */
export function fallbackFonts(): readonly LoadedFont[] {
  return fallbacks;
}

/** Characters that no font on this machine has, in the order met. */
export function missingCharacters(): number[] {
  return [...missing];
}
