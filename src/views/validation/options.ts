import type { Colors } from '../../terminal/colors.js';

export interface ValidationFormatOptions {
  /** Warnings make a file fail (`--strict`). */
  strict: boolean;
  /** Only for the stylish format. */
  colors?: Colors;
  /** Only for the stylish format: the lines wrap to this many columns (no wrapping without it). */
  width?: number;
  /** Warnings `--quiet` left out, so the summary never says "no problems" over them. */
  hiddenWarnings?: number;
}
