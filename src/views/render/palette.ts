// Segment colours: Okabe and Ito's palette for colour-blind readers (without black) and Paul
// Tol's indigo. palette.test.ts checks that every pair stays apart, as chips and as note
// tints, for normal vision and simulated protanopia, deuteranopia and tritanopia. Colour is
// never the only cue: every segment also has a letter key (A, B, …) shown on its notes and in
// the legend. Beyond eight segments colours repeat, letters do not.

export const SEGMENT_COLORS: readonly string[] = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#332288', // indigo
];

/** How much white a note's tint mixes in: paler tints collapse for colour-blind readers. */
export const TINT_WHITE_SHARE = 0.5;

export interface Swatch {
  /** The strong colour: chips, legend. */
  color: string;
  /** The text colour that reads best on `color`. */
  ink: string;
  /** A pale version for a note's background. */
  tint: string;
}

/** For items every segment shares (no `segments`): warm grey, no segment's colour. */
export const NEUTRAL: Swatch = { color: '#8C8C8C', ink: '#FFFFFF', tint: '#F1EFEA' };

export function segmentSwatch(index: number): Swatch {
  const color = SEGMENT_COLORS[index % SEGMENT_COLORS.length]!;
  return { color, ink: inkOn(color), tint: mixWithWhite(color, TINT_WHITE_SHARE) };
}

/** A, B, … Z, AA, AB, …: the key that names a segment on notes and in the legend. */
export function segmentKey(index: number): string {
  let key = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    key = String.fromCharCode(65 + ((n - 1) % 26)) + key;
  }
  return key;
}

/** Black or white, whichever contrasts more with `hex` (WCAG relative luminance). */
export function inkOn(hex: string): string {
  const luminance = relativeLuminance(hex);
  const onBlack = (luminance + 0.05) / 0.05;
  const onWhite = 1.05 / (luminance + 0.05);
  return onBlack >= onWhite ? '#000000' : '#FFFFFF';
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `share` of white mixed into `hex`: 0 keeps the colour, 1 gives white. */
function mixWithWhite(hex: string, share: number): string {
  return `#${channels(hex)
    .map((value) => Math.round(value + (255 - value) * share).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
