// `bmc diff` for people at a terminal: the summary first, then block by block, then what each
// segment gained or lost. Coloured only when colours are wanted (see terminal/colors).
import type { Colors } from '../../terminal/colors.js';
import { sanitizeLine } from '../../terminal/sanitize.js';
import type { DiffDocument } from './document.js';
import { diffLines, type Mark } from './lines.js';
import type { DiffStyle } from './wording.js';

const PLAIN: DiffStyle = { text: sanitizeLine, id: sanitizeLine, value: sanitizeLine };

const SIGNS: Record<Mark, string> = { added: '+', removed: '-', changed: '~', moved: '↕', detail: '', subject: '', gained: '+', lost: '-' };

export function diffText(document: DiffDocument, colors: Colors): string {
  const paint: Record<Mark, (text: string) => string> = {
    added: colors.green,
    removed: colors.red,
    changed: colors.yellow,
    moved: colors.cyan,
    detail: (text) => text,
    subject: colors.bold,
    gained: colors.green,
    lost: colors.red,
  };
  const out = [
    colors.bold(`${sanitizeLine(document.new.name)}: ${sanitizeLine(document.old.source)} → ${sanitizeLine(document.new.source)}`),
    colors.bold(document.diff.summary.line),
  ];
  for (const line of diffLines(document, PLAIN)) {
    if (line.kind === 'heading') {
      out.push('', colors.bold(line.text));
      continue;
    }
    // Each level indents by two; a detail lines up with the text of the entry above it.
    const sign = SIGNS[line.mark];
    const indent = '  '.repeat(line.depth + 1) + (sign === '' && line.depth > 0 ? '  ' : '');
    out.push(`${indent}${paint[line.mark](sign === '' ? line.text : `${sign} ${line.text}`)}`);
  }
  return `${out.join('\n')}\n`;
}
