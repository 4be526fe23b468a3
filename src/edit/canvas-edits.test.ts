import { describe, expect, it } from 'vitest';
import { addItem, addProfileEntry, addSegment, changeFields, moveItem, OrphanedItemsError, relink, removeTarget, renameId } from './canvas-edits.js';
import { openEditable, type EditableCanvas } from './editable.js';
import { findTargets } from './targets.js';

/** A canvas laid out the way people write by hand: every edit below must keep all of it. */
const TRICKY = `# Tricky layout
bmc: 1
name: Tricky   # the name

customer_segments:
# segments at the key's column
- id: a       # first
  name: Alpha
  profile:    # optional
    pains:
    - id: p1
      text: Pain one
- id: b
  name: Beta
  depends_on: [a]

value_propositions:
- name: Both
  segments: [a,
    b]   # over two lines
  relieves: [p1]
- name: Only a
  segments:
  - a
  relieves:
  - p1

channels: []   # How do you reach each segment?

customer_relationships:   # none yet
  # later

revenue_streams: [Coffee, {name: Tips, segments: [a]}]

cost_structure: {driver: cost_driven}
`;

function open(text: string): EditableCanvas {
  const opened = openEditable(text);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.canvas;
}

function valid(text: string): string {
  const opened = openEditable(text);
  expect(opened.ok ? [] : opened.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return text;
}

/** The text with `from` replaced by `to`, checking `from` occurs exactly once. */
function replaced(text: string, from: string, to: string): string {
  expect(text.split(from).length - 1).toBe(1);
  return text.replace(from, to);
}

describe('edits keep everything they do not change', () => {
  const source = open(TRICKY);

  it('adds the first item of an empty block under its key, keeping the comment on the key line', () => {
    const text = valid(addItem(source, 'channels', { name: 'Flyers', segments: ['a'], type: 'indirect' }));
    expect(text).toBe(
      replaced(TRICKY, 'channels: []   # How do you reach each segment?\n', 'channels:   # How do you reach each segment?\n- name: Flyers\n  segments: [a]\n  type: indirect\n'),
    );
  });

  it('adds below the comment lines that sit under an empty key', () => {
    const text = valid(addItem(source, 'customer_relationships', { name: 'Chat' }));
    expect(text).toBe(replaced(TRICKY, '  # later\n', '  # later\n- Chat\n'));
  });

  it('adds to a flow list of items in flow style, on the same line', () => {
    const text = valid(addItem(source, 'revenue_streams', { name: 'Beans, to take home', segments: ['b'] }));
    expect(text).toBe(replaced(TRICKY, 'segments: [a]}]', 'segments: [a]}, {name: "Beans, to take home", segments: [b]}]'));
  });

  it('adds a missing block in canonical order, a blank line around it', () => {
    const text = valid(addItem(source, 'key_partnerships', { name: 'Roaster', type: 'buyer_supplier' }));
    expect(text).toBe(replaced(TRICKY, '\ncost_structure:', '\nkey_partnerships:\n- name: Roaster\n  type: buyer_supplier\n\ncost_structure:'));
  });

  it('adds a cost into a flow mapping', () => {
    const text = valid(addItem(source, 'cost_structure', { name: 'Rent' }));
    expect(text).toBe(replaced(TRICKY, '{driver: cost_driven}', '{driver: cost_driven, costs: [Rent]}'));
  });

  it('adds a segment and puts it in the depends_on of others, in their list style', () => {
    const text = valid(addSegment(source, { segment: { id: 'c', name: 'Gamma', type: 'multi_sided', depends_on: ['a'] }, neededBy: ['b', 'a'] }));
    let expected = replaced(TRICKY, '  depends_on: [a]\n', '  depends_on: [a, c]\n- id: c\n  name: Gamma\n  type: multi_sided\n  depends_on: [a]\n');
    expected = replaced(expected, '  name: Alpha\n', '  name: Alpha\n  depends_on: [c]\n');
    expect(text).toBe(expected);
  });

  it('adds a segment with what the interview answered: links and new items, in each list as written', () => {
    const text = valid(
      addSegment(source, {
        segment: { id: 'c', name: 'Gamma' },
        existing: [
          { block: 'value_propositions', index: 0, serves: true, relieves: ['p1'] },
          { block: 'value_propositions', index: 1, serves: true },
          { block: 'revenue_streams', index: 0, serves: false },
          { block: 'revenue_streams', index: 1, serves: true },
        ],
        added: {
          value_propositions: [{ name: 'New one', segments: ['c'] }],
          channels: [{ name: 'Web', segments: ['c'] }, { name: 'Mail', segments: ['c'] }],
          cost_structure: [{ name: 'Rent', segments: ['c'] }],
        },
      }),
    );
    let expected = replaced(TRICKY, '  depends_on: [a]\n', '  depends_on: [a]\n- id: c\n  name: Gamma\n');
    // A flow list over two lines keeps its line break and its comment; p1 was there already.
    expected = replaced(expected, '  segments: [a,\n    b]   # over two lines\n', '  segments: [a,\n    b,\n    c]   # over two lines\n');
    expected = replaced(expected, '  - a\n  relieves:\n  - p1\n', '  - a\n  - c\n  relieves:\n  - p1\n- name: New one\n  segments: [c]\n');
    expected = replaced(expected, 'channels: []   #', 'channels:   #');
    expected = replaced(expected, 'segment?\n\n', 'segment?\n- name: Web\n  segments: [c]\n- name: Mail\n  segments: [c]\n\n');
    // Shared until now and not for c: it names the segments it served.
    expected = replaced(expected, '[Coffee, {name: Tips, segments: [a]}]', '[{name: Coffee, segments: [a, b]}, {name: Tips, segments: [a, c]}]');
    expected = replaced(expected, '{driver: cost_driven}', '{driver: cost_driven, costs: [{name: Rent, segments: [c]}]}');
    expect(text).toBe(expected);
  });

  it('adds a pain to a profile whose lists sit at their key column', () => {
    const text = valid(addProfileEntry(source, 'a', 'pains', { id: 'p2', text: 'Pain two', severity: 2 }));
    expect(text).toBe(replaced(TRICKY, '      text: Pain one\n', '      text: Pain one\n    - id: p2\n      text: Pain two\n      severity: 2\n'));
  });

  it('renames an id in flow lists over two lines, block lists and flow mappings', () => {
    const text = valid(renameId(source, 'a', 'alpha'));
    expect(text).toBe(
      TRICKY.replace('- id: a       # first', '- id: alpha       # first')
        .replace('depends_on: [a]', 'depends_on: [alpha]')
        .replace('segments: [a,\n', 'segments: [alpha,\n')
        .replace('  - a\n', '  - alpha\n')
        .replace('segments: [a]}]', 'segments: [alpha]}]'),
    );
  });

  it('quotes a new id that plain YAML would read as something else, and keeps quotes that were there', () => {
    const quoted = TRICKY.replace('depends_on: [a]', 'depends_on: ["a"]');
    const text = valid(renameId(open(quoted), 'a', '2024'));
    expect(text).toContain('- id: "2024"       # first');
    expect(text).toContain('depends_on: ["2024"]');
  });

  it('refuses to remove a segment that items serve alone, naming them', () => {
    expect(() => removeTarget(source, findTargets(source.canvas, 'a')[0]!)).toThrow(OrphanedItemsError);
    expect(() => removeTarget(source, findTargets(source.canvas, 'a')[0]!)).toThrow('“Only a”, “Tips”');
  });

  it('removes a segment with the items that serve only it, and every reference to it and its pains', () => {
    const text = valid(removeTarget(source, findTargets(source.canvas, 'a')[0]!, { withItems: true }));
    expect(text).toBe(`# Tricky layout
bmc: 1
name: Tricky   # the name

customer_segments:
- id: b
  name: Beta

value_propositions:
- name: Both
  segments: [b]   # over two lines

channels: []   # How do you reach each segment?

customer_relationships:   # none yet
  # later

revenue_streams: [Coffee]

cost_structure: {driver: cost_driven}
`);
  });

  it('removes a pain and its mentions in relieves, block or flow', () => {
    const text = valid(removeTarget(source, findTargets(source.canvas, 'p1')[0]!));
    expect(text).toBe(
      TRICKY.replace('    pains:\n    - id: p1\n      text: Pain one\n', '    pains: []\n').replace('  relieves: [p1]\n', '').replace('  relieves:\n  - p1\n', ''),
    );
  });

  it('removes the last item of a block as an empty list: adding then removing gives the text back', () => {
    const added = open(valid(addItem(source, 'channels', { name: 'Flyers' })));
    expect(removeTarget(added, findTargets(added.canvas, 'Flyers')[0]!)).toBe(TRICKY);
  });

  it('relinks an item: drops and adds segments in the list as written, and prunes what it no longer serves', () => {
    const text = valid(relink(source, { kind: 'item', block: 'value_propositions', index: 0 }, ['b']));
    expect(text).toBe(replaced(TRICKY, '  segments: [a,\n    b]   # over two lines\n  relieves: [p1]\n', '  segments: [b]   # over two lines\n'));
    const shared = valid(relink(source, { kind: 'item', block: 'value_propositions', index: 1 }, undefined));
    expect(shared).toBe(replaced(TRICKY, '  segments:\n  - a\n', ''));
  });

  it('turns a `- Name` shorthand into a mapping only when it gets more than a name', () => {
    const cart = 'bmc: 1\nname: Cart\ncustomer_segments:\n  - id: c\n    name: C\nchannels:\n  - Stand   # the first one\n  - Van\n';
    const renamed = valid(changeFields(open(cart), { kind: 'item', block: 'channels', index: 0 }, { name: 'Kiosk' }));
    expect(renamed).toBe(replaced(cart, '  - Stand   #', '  - Kiosk   #'));
    const typed = valid(changeFields(open(cart), { kind: 'item', block: 'channels', index: 0 }, { type: 'direct', owner: 'own' }));
    expect(typed).toBe(replaced(cart, '  - Stand   # the first one\n', '  - name: Stand   # the first one\n    type: direct\n    owner: own\n'));
    const linked = valid(relink(open(cart), { kind: 'item', block: 'channels', index: 1 }, ['c']));
    expect(linked).toBe(replaced(cart, '  - Van\n', '  - name: Van\n    segments: [c]\n'));
  });

  it('changes and removes fields in place', () => {
    const text = valid(changeFields(source, { kind: 'segment', index: 1 }, { name: 'Beta people', type: 'niche', depends_on: undefined }));
    expect(text).toBe(replaced(TRICKY, '  name: Beta\n  depends_on: [a]\n', '  name: Beta people\n  type: niche\n'));
    expect(() => changeFields(source, { kind: 'segment', index: 1 }, { id: 'x' })).toThrow('bmc rename');
  });

  it('moves an item with its comments, within a block or into another', () => {
    const commented = 'bmc: 1\nname: M\ncustomer_segments:\n  - id: c\n    name: C\nkey_resources:\n  # the oldest\n  - name: One   # 1\n    type: physical\n  - Two\n  - Three\nkey_activities:\n    - Baking\n';
    const down = valid(moveItem(open(commented), { kind: 'item', block: 'key_resources', index: 0 }, 'key_resources', 2));
    expect(down).toBe(commented.replace('  # the oldest\n  - name: One   # 1\n    type: physical\n', '').replace('  - Three\n', '  - Three\n  # the oldest\n  - name: One   # 1\n    type: physical\n'));
    const across = valid(moveItem(open(commented), { kind: 'item', block: 'key_resources', index: 2 }, 'key_activities', 0));
    expect(across).toBe(commented.replace('  - Three\n', '').replace('    - Baking\n', '    - Three\n    - Baking\n'));
  });

  it('keeps CRLF line ends on the lines it adds', () => {
    const crlf = TRICKY.replace(/\n/g, '\r\n');
    const text = valid(addItem(open(crlf), 'channels', { name: 'Flyers' }));
    expect(text).toBe(replaced(crlf, 'channels: []   # How do you reach each segment?\r\n', 'channels:   # How do you reach each segment?\r\n- Flyers\r\n'));
  });
});
