import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { noColors } from '../../terminal/colors.js';
import { columnsMayFit, columnWidths, headMayFit, paragraphLines, renderGrid, renderGridOrList, type Cell, type Grid } from './grid.js';
import { textWidth } from '../text/width.js';

const text = (value: string): Cell => [{ text: value }];
const items = (...names: string[]): Cell => names.map((name) => ({ marker: '• ', text: name }));

const GRID: Grid = {
  head: [text('Block'), text('Coffee lovers at home'), text('Small offices')],
  rows: [
    [text('Value propositions'), items('Café-quality espresso at the push of a button', 'A monthly discovery box'), items('Office espresso with full service')],
    [text('Channels'), items('Online shop'), []],
    [text('Customer relationships'), items('Club membership with order history'), items('Named account manager')],
  ],
};

function widest(output: string): number {
  return Math.max(...output.split('\n').map(textWidth));
}

describe('headMayFit', () => {
  // The matrix skips making the rows of a layout whose head cannot fit: that must never skip one
  // that would have fitted.
  it('rules out a grid only when the whole grid would not fit, at every width', () => {
    for (let width = 1; width <= 120; width += 1) {
      const fits = renderGrid(GRID, width, noColors) !== undefined;
      if (fits) expect(headMayFit(GRID.head!, width)).toBe(true);
      if (!headMayFit(GRID.head!, width)) expect(fits).toBe(false);
    }
    expect(headMayFit(GRID.head!, 120)).toBe(true);
    expect(headMayFit(GRID.head!, 30)).toBe(false);
  });

  it('counts that each column needs four characters at least, text, border and padding', () => {
    for (let columns = 1; columns <= 30; columns += 1) {
      const head = Array.from({ length: columns }, () => text('x'));
      for (let width = 1; width <= 130; width += 1) {
        expect(columnsMayFit(columns, width)).toBe(columnWidths([head], columns, width) !== undefined);
      }
    }
  });
});

describe('columnWidths', () => {
  const rows = [[text('short'), text('a somewhat longer piece of text')]];

  it('gives every column its natural width when the table fits', () => {
    expect(columnWidths(rows, 2, 80)).toEqual([5, 31]);
  });

  it('keeps narrow columns whole and shrinks the wide ones when it does not', () => {
    // 2 columns take 7 columns of borders and padding: 30 - 7 = 23 for the text.
    expect(columnWidths(rows, 2, 30)).toEqual([5, 18]);
  });

  it('gives up when even the narrowest columns do not fit', () => {
    expect(columnWidths(rows, 2, 20)).toBeUndefined();
  });
});

describe('renderGrid', () => {
  it('draws exactly what cli-table3 draws for the same wrapped cells', () => {
    for (const width of [120, 70, 50]) {
      const ours = renderGrid(GRID, width, noColors);
      expect(ours).toBeDefined();
      const allRows = [GRID.head!, ...GRID.rows];
      const widths = columnWidths(allRows, 3, width)!;
      const cell = (value: Cell, column: number): string =>
        value.flatMap((paragraph) => paragraphLines(paragraph, widths[column]!, noColors)).join('\n');
      const table = new Table({
        head: GRID.head!.map(cell),
        colWidths: widths.map((contentWidth) => contentWidth + 2),
        style: { head: [], border: [] },
      });
      for (const row of GRID.rows) table.push(row.map(cell));
      expect(ours).toBe(table.toString());
    }
  });

  it('wraps to fit and looks like this at 60 columns', () => {
    expect(renderGrid(GRID, 60, noColors)).toBe(
      [
        '┌───────────────────┬───────────────────┬──────────────────┐',
        '│ Block             │ Coffee lovers at  │ Small offices    │',
        '│                   │ home              │                  │',
        '├───────────────────┼───────────────────┼──────────────────┤',
        '│ Value             │ • Café-quality    │ • Office         │',
        '│ propositions      │   espresso at the │   espresso with  │',
        '│                   │   push of a       │   full service   │',
        '│                   │   button          │                  │',
        '│                   │ • A monthly       │                  │',
        '│                   │   discovery box   │                  │',
        '├───────────────────┼───────────────────┼──────────────────┤',
        '│ Channels          │ • Online shop     │                  │',
        '├───────────────────┼───────────────────┼──────────────────┤',
        '│ Customer          │ • Club membership │ • Named account  │',
        '│ relationships     │   with order      │   manager        │',
        '│                   │   history         │                  │',
        '└───────────────────┴───────────────────┴──────────────────┘',
      ].join('\n'),
    );
  });

  it('never draws a line wider than asked, at any width it accepts', () => {
    for (let width = 20; width <= 140; width += 1) {
      const output = renderGrid(GRID, width, noColors);
      if (output !== undefined) expect(widest(output)).toBeLessThanOrEqual(width);
    }
  });

  it('refuses a width too narrow for readable columns', () => {
    expect(renderGrid(GRID, 40, noColors)).toBeUndefined();
  });

  it('paints each wrapped line on its own and pads outside the colour', () => {
    const colors = new Chalk({ level: 1 });
    const output = renderGrid({ rows: [[[{ text: 'no channel yet', tone: 'gap' }]]] }, 20, colors);
    expect(output).toBe(['┌────────────────┐', '│ no channel yet │', '└────────────────┘'].join('\n').replace('no channel yet', colors.red('no channel yet')));
    const wrapped = renderGrid({ rows: [[text('x'.repeat(20))], [[{ text: 'no channel yet at all', tone: 'gap' }]]] }, 24, colors)!;
    expect(wrapped.split('\n')).toContain(`│ ${colors.red('no channel yet at')}    │`);
    expect(wrapped.split('\n')).toContain(`│ ${colors.red('all')}${' '.repeat(17)} │`);
  });
});

describe('renderGridOrList', () => {
  it('falls back to an indented list when the table cannot fit', () => {
    const output = renderGridOrList(GRID, 30, noColors);
    expect(output).toBe(
      [
        'Value propositions',
        '  Coffee lovers at home',
        '    • Café-quality espresso at',
        '      the push of a button',
        '    • A monthly discovery box',
        '  Small offices',
        '    • Office espresso with',
        '      full service',
        'Channels',
        '  Coffee lovers at home',
        '    • Online shop',
        'Customer relationships',
        '  Coffee lovers at home',
        '    • Club membership with',
        '      order history',
        '  Small offices',
        '    • Named account manager',
      ].join('\n'),
    );
    expect(widest(output)).toBeLessThanOrEqual(30);
  });
});
