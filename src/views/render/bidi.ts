// Right-to-left text (Arabic, Hebrew …) in the order its readers expect, by the Unicode
// Bidirectional Algorithm (bidi-js). A paragraph whose first strong letter reads right to
// left is right-aligned; each of its lines is cut into runs of one direction, in the order
// they appear from left to right. Every output draws those runs itself (the PDF has no
// bidi of its own, and SVG renderers disagree at the edges), so all of them agree.
import * as bidiJs from 'bidi-js';

// bidi-js is a CommonJS module whose types say ES module: its factory is found either way.
type BidiFactory = typeof bidiJs.default.default;
const imported = bidiJs.default as unknown as BidiFactory | { default: BidiFactory };
const bidi = (typeof imported === 'function' ? imported : imported.default)();

/** A stretch of a line in one direction; its text is in reading (logical) order. */
export interface BidiRun {
  text: string;
  rtl: boolean;
}

/** Letters of right-to-left scripts, Arabic digits and the RLM and ALM marks: without one, text is left to right. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\u200F\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/** Whether a paragraph reads right to left: its first strong character does (rules P2 and P3). */
export function isRightToLeft(paragraph: string): boolean {
  if (!RIGHT_TO_LEFT.test(paragraph)) return false;
  for (const char of paragraph) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return false;
    if (type === 'R' || type === 'AL') return true;
  }
  return false;
}

/** White space and invisible characters, which take the paragraph's direction at the end of a line (rule L1). */
const TRAILING = /[\s\u200B-\u200F\u2060-\u2064\uFEFF\u061C]/;

/** The line's runs from left to right, for a line of a paragraph of the given direction. */
export function visualRuns(line: string, rtl: boolean): BidiRun[] {
  if (line === '') return [];
  if (!rtl && !RIGHT_TO_LEFT.test(line)) return [{ text: line, rtl: false }];
  const levels = Uint8Array.from(bidi.getEmbeddingLevels(line, rtl ? 'rtl' : 'ltr').levels);
  const base = rtl ? 1 : 0;
  for (let i = line.length - 1; i >= 0 && TRAILING.test(line[i]!); i -= 1) levels[i] = base;

  const runs: { start: number; end: number; level: number }[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const last = runs.at(-1);
    if (last && last.level === levels[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level: levels[i]! });
  }
  // Rule L2: from the highest level down to the lowest odd one, reverse every sequence of
  // runs at that level or higher. Runs, not characters: a run keeps its reading order.
  const highest = runs.reduce((max, run) => Math.max(max, run.level), 0);
  const lowestOdd = runs.reduce((min, run) => Math.min(min, run.level), highest) | 1;
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i]!.level < level) {
        i += 1;
        continue;
      }
      let end = i;
      while (end < runs.length && runs[end]!.level >= level) end += 1;
      runs.splice(i, end - i, ...runs.slice(i, end).reverse());
      i = end;
    }
  }
  return runs.map((run) => ({ text: line.slice(run.start, run.end), rtl: run.level % 2 === 1 }));
}

/** Brackets and other paired signs as drawn right to left: "(" shows as ")" (rule L4). */
export function mirrored(text: string): string {
  let result = '';
  for (const char of text) result += bidi.getMirroredCharacter(char) ?? char;
  return result;
}
