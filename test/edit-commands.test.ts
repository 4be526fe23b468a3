// bmc add, rename and remove as processes, on copies of the bundled examples with comments added:
// the result validates, only the expected lines change (everything else, comments included, is
// byte-identical), and references follow.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredIds } from '../src/check/id-index.js';
import { errorCount } from '../src/load/problem.js';
import { referencesTo } from '../src/edit/targets.js';
import { checkCanvasText } from '../src/model/check-canvas.js';
import { commentedExample, EXAMPLE_NAMES } from './commented-examples.js';
import { lineChanges } from './line-diff.js';
import { runCli } from './run-cli.js';

function canvasOf(text: string) {
  const checked = checkCanvasText(text);
  expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return checked.canvas!;
}

/** A folder holding one commented example; returns its path and the file's name. */
function copyOf(name: string, text = commentedExample(name)): { cwd: string; file: string; before: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'bmc-edit-'));
  writeFileSync(join(cwd, name), text);
  return { cwd, file: name, before: text };
}

interface AddCase {
  kind: string;
  flags: (segment: string) => string[];
  /** The new lines, without indentation. */
  lines: (segment: string) => string[];
}

const ADDS: AddCase[] = [
  {
    kind: 'segment',
    flags: (segment) => ['--name', 'Night owls', '--type', 'niche', '--description', 'Up after midnight', '--needed-by', segment],
    lines: () => ['- id: night-owls', 'name: Night owls', 'type: niche', 'description: Up after midnight'],
  },
  {
    kind: 'value-proposition',
    flags: (segment) => ['--name', 'Open late', '--segments', segment, '--products', 'late hours, night menu', '--description', 'Until midnight'],
    lines: (segment) => ['- name: Open late', 'description: Until midnight', `segments: [${segment}]`, 'products: [late hours, night menu]'],
  },
  {
    kind: 'channel',
    flags: (segment) => ['--name', 'Pop-up stand', '--segments', segment, '--type', 'direct', '--owner', 'own', '--phases', 'awareness,purchase'],
    lines: (segment) => ['- name: Pop-up stand', `segments: [${segment}]`, 'type: direct', 'owner: own', 'phases: [awareness, purchase]'],
  },
  {
    kind: 'relationship',
    flags: () => ['--name', 'Weekly newsletter', '--type', 'automated_services', '--motivations', 'retention'],
    lines: () => ['- name: Weekly newsletter', 'type: automated_services', 'motivations: [retention]'],
  },
  {
    kind: 'revenue-stream',
    flags: (segment) => ['--name', 'Gift cards', '--segments', segment, '--type', 'asset_sale', '--pricing', 'list_price', '--amount', '25 eur/card'],
    lines: (segment) => ['- name: Gift cards', `segments: [${segment}]`, 'type: asset_sale', 'pricing: list_price', 'amount: {value: 25, currency: EUR, per: card}'],
  },
  { kind: 'resource', flags: () => ['--name', 'Delivery van', '--type', 'physical'], lines: () => ['- name: Delivery van', 'type: physical'] },
  { kind: 'activity', flags: () => ['--name', 'Night shifts'], lines: () => ['- Night shifts'] },
  {
    kind: 'partnership',
    flags: () => ['--name', 'Courier company', '--type', 'buyer_supplier', '--motivation', 'optimization', '--id', 'courier'],
    lines: () => ['- id: courier', 'name: Courier company', 'type: buyer_supplier', 'motivation: optimization'],
  },
  {
    kind: 'cost',
    flags: () => ['--name', 'Fuel', '--type', 'variable', '--amount', '3% of revenue'],
    lines: () => ['- name: Fuel', 'type: variable', 'amount: {percent: 3, of: revenue}'],
  },
  {
    kind: 'key-metric',
    flags: (segment) => ['--name', 'Repeat visits', '--segments', segment],
    lines: (segment) => ['- name: Repeat visits', `segments: [${segment}]`],
  },
  {
    kind: 'unfair-advantage',
    flags: () => ['--name', 'The only licence at the station', '--status', 'validated'],
    lines: () => ['- name: The only licence at the station', 'status: validated'],
  },
  {
    kind: 'job',
    flags: (segment) => ['--name', 'Stay awake at night', '--segment', segment, '--kind', 'functional', '--importance', '3'],
    lines: () => ['- text: Stay awake at night', 'kind: functional', 'importance: 3'],
  },
  {
    kind: 'pain',
    flags: (segment) => ['--name', 'Nothing open after ten', '--segment', segment, '--severity', '4'],
    lines: () => ['- id: nothing-open-after-ten', 'text: Nothing open after ten', 'severity: 4'],
  },
  {
    kind: 'gain',
    flags: (segment) => ['--name', 'A friendly face', '--segment', segment, '--kind', 'desired', '--importance', '2'],
    lines: () => ['- id: a-friendly-face', 'text: A friendly face', 'kind: desired', 'importance: 2'],
  },
];

/** Lines an addition may add before the new lines: a missing list's key, and `depends_on` for --needed-by. */
const HEADERS = /^(|profile:|jobs:|pains:|gains:|costs:|[a-z_]+:|depends_on: \[night-owls\])$/;

describe.each(EXAMPLE_NAMES)('on a commented copy of %s', (name) => {
  const firstSegment = canvasOf(commentedExample(name)).customer_segments[0]!.id;

  it.each(ADDS)('bmc add $kind --name ... adds only its lines', async ({ kind, flags, lines }) => {
    const { cwd, file, before } = copyOf(name);
    // No file named: the only *.bmc.yaml in the folder.
    const result = await runCli(['add', kind, ...flags(firstSegment)], { cwd });
    expect(result.stderr.split('\n')[0]).not.toMatch(/bmc:|error/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Added .* (to|in) ${name.replace(/\./g, '\\.')}\\.\\n$`));
    const after = readFileSync(join(cwd, file), 'utf8');
    canvasOf(after);
    const changes = lineChanges(before, after);
    const expected = lines(firstSegment);
    const trimmed = changes.added.map((line) => line.trim());
    // A block added at the end keeps a blank line before what follows (the diff may show either blank line).
    if (trimmed.at(-1) === '') trimmed.pop();
    // An existing depends_on list gains the segment on its own line.
    const changedDependsOn = changes.removed.filter((line) => /depends_on:/.test(line));
    expect(changes.removed).toEqual(changedDependsOn);
    expect(trimmed.slice(-expected.length)).toEqual(expected);
    for (const header of trimmed.slice(0, -expected.length)) expect(header).toMatch(changedDependsOn.length > 0 ? /./ : HEADERS);
  });

  it('bmc rename renames the id and every reference, nothing else', async () => {
    const { cwd, file, before } = copyOf(name);
    const references = referencesTo(canvasOf(before), firstSegment);
    const result = await runCli(['rename', firstSegment, 'renamed-segment', file], { cwd });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `Renamed customer segment ${firstSegment} to renamed-segment in ${file} (the id and ${references === 1 ? '1 reference' : `${references} references`}).\n`,
    );
    expect(result.code).toBe(0);
    const after = readFileSync(join(cwd, file), 'utf8');
    const canvas = canvasOf(after);
    expect(declaredIds(canvas).map((declared) => declared.id)).not.toContain(firstSegment);
    expect(referencesTo(canvas, 'renamed-segment')).toBe(references);
    const changes = lineChanges(before, after);
    const word = new RegExp(`(?<![\\w-])${firstSegment}(?![\\w-])`, 'g');
    expect(changes.added).toEqual(changes.removed.map((line) => line.replace(word, 'renamed-segment')));
  });

  it('bmc remove of an item removes its lines (and the comments in and directly above it) only', async () => {
    const { cwd, file, before } = copyOf(name);
    const channel = canvasOf(before).channels[0]!;
    const result = await runCli(['remove', channel.id ?? channel.name, file], { cwd });
    expect(result.stdout).toBe(`Removed channel “${channel.name}”${channel.id ? ` (${channel.id})` : ''} from ${file}.\n`);
    expect(result.code).toBe(0);
    const after = readFileSync(join(cwd, file), 'utf8');
    expect(canvasOf(after).channels.map((each) => each.name)).not.toContain(channel.name);
    const changes = lineChanges(before, after);
    expect(changes.added).toEqual(canvasOf(before).channels.length === 1 ? ['channels: []'] : []);
    expect(changes.removed.join('\n')).toContain(channel.name);
    expect(changes.removed.filter((line) => !line.startsWith('  ') && line !== 'channels:')).toEqual([]);
  });

  it('bmc remove of a segment refuses to leave items serving everyone, then removes them with --with-items', async () => {
    const { cwd, file, before } = copyOf(name);
    const canvas = canvasOf(before);
    const segment = canvas.customer_segments.at(-1)!;
    const refused = await runCli(['remove', segment.id, file], { cwd });
    if (canvas.customer_segments.length === 1) {
      expect(refused.stderr).toBe(`bmc: ${segment.id} is the only segment; a canvas needs at least one\n`);
      expect(refused.code).toBe(2);
      expect(readFileSync(join(cwd, file), 'utf8')).toBe(before);
      return;
    }
    const onlyIt = (items: readonly { segments?: string[] }[]): number => items.filter((item) => item.segments?.length === 1 && item.segments[0] === segment.id).length;
    const orphans = [canvas.value_propositions, canvas.channels, canvas.customer_relationships, canvas.revenue_streams, canvas.key_resources, canvas.key_activities, canvas.key_partnerships, canvas.cost_structure.costs]
      .map(onlyIt)
      .reduce((sum, count) => sum + count, 0);
    if (orphans > 0) {
      expect(refused.stderr).toMatch(/only this segment and would be left serving every segment: .*Remove them too with --with-items/);
      expect(refused.code).toBe(2);
      expect(readFileSync(join(cwd, file), 'utf8')).toBe(before);
    }
    const result = orphans > 0 ? await runCli(['remove', segment.id, file, '--with-items'], { cwd }) : refused;
    expect(result.stdout).toMatch(/^Removed segment /);
    expect(result.code).toBe(0);
    const after = readFileSync(join(cwd, file), 'utf8');
    const left = canvasOf(after);
    expect(left.customer_segments.map((each) => each.id)).not.toContain(segment.id);
    expect(referencesTo(left, segment.id)).toBe(0);
    // Only lists of references were rewritten; all other changes are whole lines removed.
    const changes = lineChanges(before, after);
    for (const line of changes.added) {
      expect(line.trim()).toMatch(/^(segments|depends_on|relieves|creates): \[[^\]]+\]( +#.*)?$|^\[?[a-z0-9, -]+\]? +# over two lines$|^[a-z_]+: \[\]$/);
    }
  });
});

describe('editing commands: refusals', () => {
  const name = 'home-espresso.bmc.yaml';

  it.each([
    [['add', 'evidence', '-', '--to', 'messy', '--method', 'survey', '--result', 'refutes', '--note', 'n'], 'add evidence', 'bmc add evidence <file> --to <id> ...'],
    [['add', 'segment', '-', '--name', 'Cafés'], 'add segment', 'bmc add segment <file>'],
    [['add', 'segment', '-'], 'add segment', 'bmc add segment <file>'],
    [['add', 'channel', '-', '--name', 'Market stall'], 'add channel', 'bmc add channel <file>'],
    [['edit', '-'], 'edit', 'bmc edit <file>'],
    [['rename', 'messy', 'mess', '-'], 'rename', 'bmc rename <id> <new-id> <file>'],
    [['remove', 'messy', '-'], 'remove', 'bmc remove <id> <file>'],
  ])('%j: standard input cannot be edited in place (exit 2), not "no such file"', async (args, command, usage) => {
    const { cwd, file, before } = copyOf(name);
    const result = await runCli(args, { cwd, input: before });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `bmc: ${command} cannot edit standard input (-) in place; give the path of the canvas file: ${usage}\n`,
    });
    expect(readFileSync(join(cwd, file), 'utf8')).toBe(before);
  });

  it('an addition that would make the canvas invalid is refused with its problems, the file untouched', async () => {
    const { cwd, file, before } = copyOf(name);
    const result = await runCli(['add', 'value-proposition', file, '--name', 'Quiet mornings', '--segments', 'offices', '--relieves', 'messy'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file} (after the edit)`);
    expect(result.stderr).toContain(
      [
        '  116:16  error    `messy` is a pain of segment `home-drinkers`, which this value proposition does',
        '                   not serve; add `home-drinkers` to its `segments`  reference-outside-segments',
      ].join('\n'),
    );
    expect(result.stderr).toContain(`bmc: the edit would make ${file} invalid, so nothing was written.`);
    expect(readFileSync(join(cwd, file), 'utf8')).toBe(before);
  });

  it('a file that does not validate is refused before anything else', async () => {
    const broken = commentedExample(name).replace('type: niche', 'type: nishe');
    const { cwd, file } = copyOf(name, broken);
    const result = await runCli(['add', 'channel', file], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\d+:\d+ +error +`nishe` is not a valid customer segment type/);
    expect(result.stderr).toContain(`bmc: ${file} does not validate; fix it first (bmc edits only a valid canvas). Nothing written.`);
    expect(readFileSync(join(cwd, file), 'utf8')).toBe(broken);
  });

  it('unknown ids and values are usage errors with a suggestion', async () => {
    const { cwd, file, before } = copyOf(name);
    const cases: [string[], string][] = [
      [['rename', 'ofices', 'small-offices', file], `bmc: no id \`ofices\` in ${file} (did you mean offices?)\n`],
      [['rename', 'offices', 'home-drinkers', file], 'bmc: `home-drinkers` is already an id in this canvas; pick another\n'],
      [['rename', 'offices', 'Small Offices', file], 'bmc: `Small Offices` is not an id: use lower-case letters, digits, - and _, starting with a letter or digit\n'],
      [['remove', 'mesy', file], `bmc: nothing in ${file} has the id or name \`mesy\` (did you mean messy?)\n`],
      [['add', 'channel', file, '--name', 'X', '--segments', 'ofices'], 'bmc: --segments: no segment has the id `ofices` (did you mean offices?)\n'],
      [['add', 'channel', file, '--name', 'X', '--phases', 'awarenes'], 'bmc: --phases: `awarenes` is not one of awareness, evaluation, purchase, delivery, after_sales (did you mean awareness?)\n'],
      [['add', 'pain', file, '--name', 'X'], 'bmc: --segment is needed: whose profile is it? One of: home-drinkers, offices\n'],
      [['add', 'gain', file, '--name', 'X', '--segment', 'offices', '--importance', '9'], 'bmc: --importance takes a whole number from 1 to 5, not `9`\n'],
      [['add', 'revenue-stream', file, '--name', 'X', '--amount', '3%'], 'bmc: --amount: Say what it is a share of, e.g. 3% of each booking\n'],
      [['add', 'segment', file, '--name', 'X', '--status', 'validatd'], 'bmc: --status: `validatd` is not one of assumed, testing, validated, invalidated (did you mean validated?)\n'],
      [['add', 'channel', file], 'bmc: add channel asks its questions in a terminal, and stdin is not one; give --name (and the other flags) to add without questions\n'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, { cwd });
      expect({ args, stderr: result.stderr, code: result.code }).toEqual({ args, stderr: message, code: 2 });
    }
    expect(readFileSync(join(cwd, file), 'utf8')).toBe(before);
  });

  it('with several canvases in the folder and none named, names the candidates', async () => {
    const { cwd } = copyOf(name);
    writeFileSync(join(cwd, 'other.bmc.yaml'), commentedExample('coffee-cart.bmc.yaml'));
    const result = await runCli(['remove', 'offices'], { cwd });
    expect(result.stderr).toBe('bmc: there are 2 canvases here (home-espresso.bmc.yaml, other.bmc.yaml); name the one to edit: bmc remove <id> <file>\n');
    expect(result.code).toBe(2);
  });

  it('keeps CRLF line ends and a byte-order mark', async () => {
    const text = `\uFEFF${commentedExample(name).replace(/\n/g, '\r\n')}`;
    const { cwd, file } = copyOf(name, text);
    const result = await runCli(['add', 'channel', file, '--name', 'Pop-up stand', '--segments', 'offices'], { cwd });
    expect(result.code).toBe(0);
    const after = readFileSync(join(cwd, file), 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const changes = lineChanges(text, after);
    expect(changes.removed).toEqual([]);
    expect(changes.added).toEqual(['  - name: Pop-up stand\r', '    segments: [offices]\r']);
    expect(errorCount(checkCanvasText(after.slice(1)).problems)).toBe(0);
  });
});
