// What every diff view prints: the two sides and their difference.
import type { CanvasDiff } from '../../model/diff/index.js';

export interface DiffSide {
  /** The operand as given: a path, `-`, or `REV:path`. */
  source: string;
  /** The canvas's name. */
  name: string;
}

export interface DiffDocument {
  old: DiffSide;
  new: DiffSide;
  diff: CanvasDiff;
}
