// `--segment`, `--lean` and the like name a customer segment by id: one rule for an id that is
// not in the file, for every command.
import { closest } from '../check/suggest.js';
import { canvasLabel } from './open-canvas.js';
import type { Canvas } from '../format/canvas.js';
import { UsageError } from '../terminal/errors.js';
import { sanitizeLine } from '../terminal/sanitize.js';

/** How many ids the message about an unknown segment lists. */
const LISTED_IDS = 50;

/**
 * The segment ids of the canvas, with `id` among them, or a usage error (exit 2) saying which
 * ids there are and the closest one. `all` is accepted where the command takes it.
 */
export function assertSegmentId(canvas: Canvas, id: string, file: string, options: { allowAll?: boolean; flag?: string } = {}): void {
  const ids = canvas.customer_segments.map((segment) => segment.id);
  if (ids.includes(id) || (options.allowAll === true && id === 'all')) return;
  throw unknownSegment(id, ids, canvasLabel(file), options);
}

function unknownSegment(id: string, ids: readonly string[], file: string, options: { allowAll?: boolean; flag?: string }): UsageError {
  const listed = ids.length > LISTED_IDS ? `${ids.slice(0, LISTED_IDS).join(', ')} and ${ids.length - LISTED_IDS} more` : ids.join(', ');
  const list = `\nSegment ids: ${listed}${options.allowAll === true ? ' (or `all` for every segment)' : ''}`;
  if (id.trim() === '') return new UsageError(`${options.flag ?? '--segment'} needs the id of a customer segment of ${sanitizeLine(file)}${list}`);
  const suggestion = closest(id, ids);
  const hint = suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`;
  // The id is the user's own text, shown back on a terminal: no control characters.
  return new UsageError(`no segment \`${sanitizeLine(id)}\` in ${sanitizeLine(file)}${hint}${list}`);
}
