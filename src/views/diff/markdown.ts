// `bmc diff --format markdown`: for a pull-request comment. Canvas text is sanitised and
// escaped so it can neither break the list nor turn into markup; ids are code spans.
import { inline } from '../report/markdown.js';
import { sanitizeLine } from '../../terminal/sanitize.js';
import type { DiffDocument } from './document.js';
import { diffLines, type Mark } from './lines.js';
import type { DiffStyle } from './wording.js';

const MARKDOWN: DiffStyle = {
  text: (text) => `*${inline(sanitizeLine(text))}*`,
  id: (id) => codeSpan(sanitizeLine(id)),
  value: (value) => codeSpan(sanitizeLine(value)),
};

const WORDS: Record<Mark, string> = {
  added: 'added ',
  removed: 'removed ',
  changed: 'changed ',
  moved: '',
  detail: '',
  subject: '',
  gained: 'gained ',
  lost: 'lost ',
};

export function diffMarkdown(document: DiffDocument): string {
  const out = [
    `### ${inline(sanitizeLine(document.new.name))}: ${codeSpan(sanitizeLine(document.old.source))} → ${codeSpan(sanitizeLine(document.new.source))}`,
    '',
    `**${document.diff.summary.line}**`,
  ];
  for (const line of diffLines(document, MARKDOWN)) {
    if (line.kind === 'heading') out.push('', `#### ${line.text}`, '');
    else out.push(`${'  '.repeat(line.depth)}- ${WORDS[line.mark]}${line.text}`);
  }
  return `${out.join('\n')}\n`;
}

/** A code span that no backtick in the text can close early. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
