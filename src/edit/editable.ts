// A canvas ready to edit: its text, the parsed document (with the positions edits need) and the
// checked model. Only a canvas without errors is edited: an edit of a broken file could not be
// told apart from the breakage.
import type { Document } from 'yaml';
import { errorCount, type Problem } from '../load/problem.js';
import type { Canvas } from '../format/canvas.js';
import { checkCanvasText } from '../model/check-canvas.js';

export interface EditableCanvas {
  text: string;
  document: Document.Parsed;
  canvas: Canvas;
}

export type OpenedCanvas =
  | { ok: true; canvas: EditableCanvas; problems: Problem[] }
  /** The text has errors: every problem, errors and warnings, in file order. */
  | { ok: false; problems: Problem[] };

export function openEditable(text: string): OpenedCanvas {
  const checked = checkCanvasText(text, { document: true });
  if (!checked.canvas || !checked.document || errorCount(checked.problems) > 0) return { ok: false, problems: checked.problems };
  return { ok: true, canvas: { text, document: checked.document, canvas: checked.canvas }, problems: checked.problems };
}
