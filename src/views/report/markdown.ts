// `bmc report --format markdown`: GitHub-flavoured tables to paste in a pull request or a wiki.
// Canvas text is sanitised, then escaped so it can neither break a table (`|`) nor turn into
// markup (links, emphasis, HTML, headings).
import type { ItemBlockKey } from '../../format/blocks.js';
import type { Status } from '../../format/canvas.js';
import type { EconomicsTotals } from '../../model/economics.js';
import { REPORT_BLOCKS, sharedCostsOf, type CanvasReport, type SegmentReport } from '../../model/report.js';
import { sanitizeDeep } from '../../terminal/sanitize.js';
import * as words from './wording.js';

/** `*` escaped, since a bare one starts emphasis. */
const SHARED_MARKDOWN = `\\${words.SHARED_MARK}`;

/** The matrix as one table: a row per segment, a column per block. */
export function matrixMarkdown(report: CanvasReport): string {
  const safe = sanitizeDeep(report);
  const subtitle = [...(safe.date === null ? [] : [safe.date]), words.segmentCount(safe)].join(' · ');
  const blocks: string[] = [`# ${inline(safe.name)}`, subtitle];
  blocks.push(
    table(
      [words.SEGMENT_HEADING, ...REPORT_BLOCKS.map(words.blockTitle)],
      safe.segments.map((segment) => [segmentCell(safe, segment), ...REPORT_BLOCKS.map((key) => itemsCell(safe, segment, key))]),
    ),
  );
  const legend = words.matrixLegend(safe, { item: words.ITEM_MARK, shared: SHARED_MARKDOWN, gap: words.GAP_MARK }, inline);
  if (legend !== '') blocks.push(legend);
  blocks.push(inline(words.gapSummary(safe)));
  return `${blocks.join('\n\n')}\n`;
}

/** Each segment in depth under its own heading: profile tables, fit, then the items serving it. */
export function segmentsMarkdown(report: CanvasReport): string {
  const safe = sanitizeDeep(report);
  const blocks: string[] = [`# ${inline(safe.name)}`];
  for (const segment of safe.segments) for (const block of segmentBlocks(safe, segment)) blocks.push(block);
  const shared = sharedCostsOf(safe);
  if (shared.lines.length > 0) blocks.push('## Costs shared by segments', ...totalsBlocks(words.SHARED_COSTS, shared));
  const legend = words.segmentLegend(safe, { item: words.ITEM_MARK, shared: SHARED_MARKDOWN, gap: words.GAP_MARK }, inline);
  if (legend !== '') blocks.push('---', legend);
  return `${blocks.join('\n\n')}\n`;
}

function segmentBlocks(report: CanvasReport, segment: SegmentReport): string[] {
  const blocks = [`## ${inline(words.statusPrefix(report, segment.status) + segment.name)}`, kindLine(segment)];
  const entryText = (entry: { text: string; status: Status }): string => inline(words.statusPrefix(report, entry.status) + entry.text);
  if (segment.description !== null) blocks.push(inline(segment.description));
  const traits = words.traitsText(segment, inline);
  if (traits !== '') blocks.push(`**Traits:** ${traits}`);
  if (segment.depends_on.length > 0) blocks.push(`**Depends on:** ${segment.depends_on.map(code).join(', ')}`);
  const { jobs, pains, gains } = segment.profile;
  if (jobs.length + pains.length + gains.length === 0) {
    blocks.push(words.NO_PROFILE);
  } else {
    for (const { title, head, rows } of words.profileTables(segment.profile)) {
      blocks.push(`### ${title}`);
      blocks.push(
        rows.length === 0
          ? 'None listed.'
          : table(
              head,
              rows.map((row) => [entryText(row.entry), ...row.cells, ...(row.addressed_by ? [addressedCell(row.addressed_by)] : [])]),
            ),
      );
    }
  }
  blocks.push(`**Fit:** ${words.fitSentence(segment.fit)}`);
  blocks.push('### Items serving it');
  blocks.push(table(['Block', 'Items'], REPORT_BLOCKS.map((key) => [words.blockTitle(key), itemsCell(report, segment, key)])));
  if (report.uses_status) blocks.push(`**Validated:** ${words.validationSentence(segment.validation)}`);
  blocks.push(segment.gaps.length === 0 ? '**Gaps:** none' : `**Gaps:** ${words.missingBlocks(segment.gaps)}`);
  if (words.hasPricing(segment)) {
    const columns = words.pricingColumns(segment);
    blocks.push('### Revenue streams');
    blocks.push(
      table(
        columns.map((column) => column.title),
        segment.blocks.revenue_streams.map((stream) =>
          columns.map((column) => {
            if (column.key === 'name') return `${stream.shared ? SHARED_MARKDOWN : words.ITEM_MARK} ${inline(words.statusPrefix(report, stream.status) + stream.name)}`;
            if (column.key === 'amount') return stream.amount === null ? '_no amount_' : inline(stream.amount);
            return inline(stream[column.key] ?? '');
          }),
        ),
      ),
    );
  }
  if (words.hasEconomics(segment)) {
    blocks.push('### Economics', inline(words.sizeSentence(segment)));
    for (const part of words.economicsParts(segment)) {
      if ('sentence' in part) blocks.push(part.sentence);
      else for (const block of totalsBlocks(part.heading, part.totals)) blocks.push(block);
    }
  }
  return blocks;
}

/** A heading, a bullet per item with its estimate or what is missing, the totals, and why some were not added. */
function totalsBlocks(heading: words.TotalsHeading, totals: EconomicsTotals): string[] {
  const bullets = totals.lines.map((line) => `- ${inline(words.economicsLineText(line))}`);
  if (totals.without_amount.length > 0) bullets.push(`- ${inline(`No amount: ${totals.without_amount.join(', ')}`)}`);
  const blocks = [`**${inline(heading.title)}**`, bullets.join('\n')];
  if (totals.lines.length > 0) blocks.push(`**${inline(heading.sum)}:** ${inline(words.totalsText(totals))}`);
  if (totals.not_added !== null) blocks.push(`**Not added:** ${inline(totals.not_added)}`);
  return blocks;
}

function kindLine(segment: SegmentReport): string {
  return [code(segment.id), inline(segment.type ?? 'no type'), ...(segment.pays ? [] : ['does not pay'])].join(' · ');
}

function segmentCell(report: CanvasReport, segment: SegmentReport): string {
  const validation = report.uses_status ? [words.validationSentence(segment.validation)] : [];
  return [`**${inline(words.statusPrefix(report, segment.status) + segment.name)}**`, kindLine(segment), ...validation].join('<br>');
}

function itemsCell(report: CanvasReport, segment: SegmentReport, key: ItemBlockKey): string {
  const items = segment.blocks[key];
  if (items.length === 0) return segment.gaps.includes(key) ? words.GAP_MARK : '';
  return items.map((item) => `${item.shared ? SHARED_MARKDOWN : words.ITEM_MARK} ${inline(words.statusPrefix(report, item.status) + item.name)}`).join('<br>');
}

/** The value propositions that relieve a pain or create a gain, or the gap mark. */
function addressedCell(names: readonly string[]): string {
  if (names.length === 0) return words.GAP_MARK;
  return names.map((name) => `${words.ITEM_MARK} ${inline(name)}`).join('<br>');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Canvas text as literal Markdown text: every character that could start markup is
 * backslash-escaped, and a leading list, heading or quote marker is escaped too.
 */
export function inline(text: string): string {
  const escaped = text.replace(/[\\`*_[\]<>|~&#!]/g, (char) => `\\${char}`);
  return escaped.replace(/^(\s*)([+\-=]|\d+[.)])/, (_, space: string, marker: string) => `${space}${marker.replace(/([+\-=.)])$/, '\\$1')}`);
}

/** An id in a code span; ids are `[a-z0-9_-]`, so no backtick can close it early. */
function code(id: string): string {
  return /^[A-Za-z0-9_-]+$/.test(id) ? `\`${id}\`` : inline(id);
}
