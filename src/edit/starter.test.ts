import { describe, expect, it } from 'vitest';
import { checkCanvasText } from '../model/check-canvas.js';
import { BLOCKS } from '../format/blocks.js';
import { starterCanvas } from './starter.js';

const starter = starterCanvas('../schemas/canvas.schema.json', 'plans/canvas.bmc.yaml');

describe('the starter canvas (bmc init --yes)', () => {
  it('starts with the schema line, then explains itself, then `bmc: 1`', () => {
    const lines = starter.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../schemas/canvas.schema.json');
    expect(lines[3]).toBe('#   bmc validate plans/canvas.bmc.yaml');
    expect(lines[4]).toBe('bmc: 1');
  });

  it('validates: no error, only the warnings of a canvas still to fill in', () => {
    const { problems, canvas } = checkCanvasText(starter);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(canvas!.customer_segments.map((segment) => segment.id)).toEqual(['first-customers']);
    expect(problems.map((problem) => problem.rule)).toEqual(['uncovered-segment', 'uncovered-segment', 'uncovered-segment', 'no-revenue-stream']);
  });

  it('heads every block, in canonical order, with its place, key question and hint', () => {
    const headings = starter.split('\n').filter((line) => /^# \[\d\/9\]/.test(line));
    expect(headings).toEqual(BLOCKS.map((block, index) => `# [${index + 1}/9] ${block.title} — ${block.question.charAt(0).toLowerCase()}${block.question.slice(1)}`));
    for (const block of BLOCKS) expect(starter).toContain(`# ${block.hint}\n${block.key}:\n`);
  });

  it('has commented examples that, uncommented, make a complete canvas with no warning at all', () => {
    const uncommented = starter.replace(/^( +)# /gm, '$1');
    expect(uncommented).not.toBe(starter);
    const { problems, canvas } = checkCanvasText(uncommented);
    expect(problems).toEqual([]);
    for (const block of BLOCKS.slice(1, -1)) expect((canvas as unknown as Record<string, unknown[]>)[block.key]).toHaveLength(1);
    expect(canvas!.cost_structure).toEqual({ driver: 'value_driven', costs: [{ name: 'Salaries', type: 'fixed' }] });
  });
});
