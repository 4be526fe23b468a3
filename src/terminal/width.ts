// How wide the output may be, for every command: `COLUMNS` wins when set (as for ls and other
// tools), so tests and users can ask for a width; then the terminal's own width; then
// DEFAULT_WIDTH when the output goes to a pipe or a file.

/** The one width of every command's output when it does not go to a terminal. */
export const DEFAULT_WIDTH = 100;

/** Help is never wider than this, even on a wider terminal: it reads best in short lines. */
export const HELP_WIDTH = 80;

export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  if (Number.isInteger(fromEnv) && fromEnv > 0 && String(fromEnv) === env.COLUMNS?.trim()) return fromEnv;
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  return DEFAULT_WIDTH;
}
