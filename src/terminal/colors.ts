// One place decides whether output gets colour: only on a terminal, never with NO_COLOR.
import { Chalk, type ChalkInstance } from 'chalk';

export type Colors = ChalkInstance;

export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

export function colorsFor(stream: NodeJS.WriteStream): Colors {
  return new Chalk({ level: wantsColor(stream) ? 1 : 0 });
}

/** Plain text: every style is the identity. For tests and files. */
export const noColors: Colors = new Chalk({ level: 0 });
