// `bmc report --assumptions`: the riskiest assumptions first, in every report format. Invalidated
// things the model still rests on lead the list, in red on a terminal.
import type { Assumption } from '../../model/assumptions.js';
import { singularOf } from '../../format/testables.js';
import type { Colors } from '../../terminal/colors.js';
import { escapeJsonText, sanitizeDeep } from '../../terminal/sanitize.js';
import { csv, text } from './csv.js';
import { MIN_WIDTH, renderGridOrList, textLines, type Cell, type Tone } from './grid.js';
import { inline } from './markdown.js';
import { STATUS_LEGEND, statusLabel } from './wording.js';

export interface AssumptionsReport {
  name: string;
  assumptions: Assumption[];
}

const HEAD = ['#', 'Assumption', 'Status', 'Why it ranks here'];

export function assumptionsTable(report: AssumptionsReport, options: { colors: Colors; width: number }): string {
  const safe = sanitizeDeep(report);
  const width = Math.max(MIN_WIDTH, options.width);
  const rows = safe.assumptions.map((entry): Cell[] => {
    const tone: Tone = entry.rests_on_invalidated ? 'gap' : 'plain';
    return [[{ text: String(entry.rank), tone }], [{ text: subject(entry), tone }], [{ text: statusLabel(entry.status), tone }], [{ text: entry.reason, tone }]];
  });
  const body = renderGridOrList({ head: HEAD.map((title) => [{ text: title, tone: 'strong' }]), rows }, width, options.colors);
  const lines = [...textLines([{ text: `${safe.name} · assumptions, riskiest first`, tone: 'strong' }], width, options.colors), '', body, '', ...textLines([{ text: STATUS_LEGEND, tone: 'dim' }], width, options.colors)];
  return `${lines.join('\n')}\n`;
}

export function assumptionsMarkdown(report: AssumptionsReport): string {
  const safe = sanitizeDeep(report);
  const rows = safe.assumptions.map((entry) => {
    const emphasis = entry.rests_on_invalidated ? '**' : '';
    return `| ${entry.rank} | ${emphasis}${inline(subject(entry))}${emphasis} | ${statusLabel(entry.status)} | ${inline(entry.reason)} |`;
  });
  return [`# ${inline(safe.name)}: assumptions, riskiest first`, '', `| ${HEAD.join(' | ')} |`, '| ---: | --- | --- | --- |', ...rows, '', STATUS_LEGEND, ''].join('\n');
}

const CSV_HEAD = ['rank', 'block', 'id', 'name', 'segment', 'status', 'rests_on_invalidated', 'stake', 'confidence', 'risk', 'supports', 'refutes', 'inconclusive', 'reason'];

export function assumptionsCsv(report: AssumptionsReport): string {
  const safe = sanitizeDeep(report);
  const records = safe.assumptions.map((entry) => [
    String(entry.rank),
    entry.block,
    text(entry.id ?? ''),
    text(entry.name),
    text(entry.segment ?? ''),
    entry.status,
    String(entry.rests_on_invalidated),
    String(entry.stake),
    String(entry.confidence),
    String(entry.risk),
    String(entry.evidence.supports),
    String(entry.evidence.refutes),
    String(entry.evidence.inconclusive),
    text(entry.reason),
  ]);
  return csv([CSV_HEAD, ...records]);
}

export function assumptionsJson(report: AssumptionsReport): string {
  return `${escapeJsonText(JSON.stringify(report, null, 2))}\n`;
}

/** "Channel: Flagship boutiques", "Pain of `offices`: Queues at 9 am". */
function subject(entry: Assumption): string {
  const kind = singularOf(entry.block);
  const owner = entry.segment === undefined ? '' : ` of ${entry.segment}`;
  return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}${owner}: ${entry.name}`;
}
