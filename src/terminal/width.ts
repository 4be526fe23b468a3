// How wide the output may be. `COLUMNS` wins when set (as for ls and other tools), so tests
// and users can ask for a width; then the terminal's own width; then 100 when the output
// goes to a pipe or a file.

export const DEFAULT_WIDTH = 100;

export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  if (Number.isInteger(fromEnv) && fromEnv > 0 && String(fromEnv) === env.COLUMNS?.trim()) return fromEnv;
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  return DEFAULT_WIDTH;
}
