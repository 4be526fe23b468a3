// The edit menu in-process: a change that would make the canvas invalid is refused with its
// problems and the canvas kept; adding an item; quitting forgets nothing unasked.
import { describe, expect, it } from 'vitest';
import { checkbox, confirm, input, scriptedIO, select } from '../../test/prompt-script.js';
import { openEditable, type EditableCanvas } from '../edit/editable.js';
import { editMenu } from './edit-menu.js';

const CART = `bmc: 1
name: Cart   # on wheels

customer_segments:
  - id: commuters
    name: Commuters
  - id: tourists
    name: Tourists

channels:
  - name: The cart   # at the station
    phases: [purchase]
`;

function open(text: string): EditableCanvas {
  const opened = openEditable(text);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return opened.canvas;
}

describe('the edit menu', () => {
  it('refuses a move that would make the canvas invalid, names the problem, and keeps the canvas', async () => {
    const io = scriptedIO([
      select('Edit — What do you want to change?', 'channels'),
      select('[3/9] Channels — Which channel?', 0),
      select('[3/9] Channels · The cart — What do you want to do with it?', 'move'),
      select('Where to?', 'key_resources'),
      select('What do you want to do with it?', 'back'),
      select('Which channel?', 'back'),
      select('What do you want to change?', 'review'),
      select('Review — Nothing changed yet. Write anyway?', 'write'),
    ]);
    const edited = await editMenu(io, open(CART), []);
    expect(io.remaining()).toEqual([]);
    expect(edited!.text).toBe(CART);
    const refusal = io.transcript.indexOf('✖ Not changed: the canvas would not validate:');
    expect(refusal).toBeGreaterThan(-1);
    expect(io.transcript[refusal + 1]).toBe("  14:5  `phases` is not a field of this key resource; allowed: id, name, description, segments, type, status, evidence");
  });

  it('adds an item, asking its segments in one checklist, and keeps the comments', async () => {
    const io = scriptedIO([
      select('What do you want to change?', 'channels'),
      select('Which channel?', 'add'),
      input('Name of the new channel', 'Tourist office'),
      checkbox('[3/9] Channels · Tourist office — Which segments does each serve?', ['0:tourists']),
      confirm('Add its details?'),
      select('Which channel?', 'back'),
      select('What do you want to change?', 'review'),
      select('Write the changes?', 'write'),
    ]);
    const edited = await editMenu(io, open(CART), []);
    expect(edited!.text).toBe(`${CART}  - name: Tourist office\n    segments: [tourists]\n`);
    expect(io.transcript).toContain('✔ Added “Tourist office”.');
  });

  it('quits without writing, after asking, when something changed', async () => {
    const io = scriptedIO([
      select('What do you want to change?', 'customer_segments'),
      select('Which segment?', 1),
      select('· Tourists — What do you want to do with it?', 'name'),
      input('Name:', 'Visitors'),
      select('Which segment?', 'back'),
      select('What do you want to change?', 'quit'),
      confirm('Quit and forget the changes?', true),
    ]);
    expect(await editMenu(io, open(CART), [])).toBeUndefined();
    expect(io.transcript).toContain('✔ Renamed to Visitors.');
  });

  it('records evidence on a segment through the short form, dated today unless asked', async () => {
    const io = scriptedIO([
      select('What do you want to change?', 'customer_segments'),
      select('Which segment?', 0),
      select('[1/9] Customer segments · Commuters — What do you want to do with it?', 'evidence'),
      select('Its status after this test?', 'testing'),
      select('How was it tested?', 'survey'),
      select('What did it show?', 'supports'),
      input('What was learned (a sentence):', '40 of 50 buy coffee daily'),
      confirm('Add a date other than today, a sample size or a link?', true),
      input('Date (YYYY-MM-DD):', '2026-11-30'),
      input('How many people, answers or cases', 'fifty', { refusedWith: /^The sample is a whole number, 1 or more, or empty for none$/ }),
      input('How many people, answers or cases', ' 50 '),
      input('Link to the notes or data', ''),
      select('Which segment?', 'back'),
      select('What do you want to change?', 'review'),
      select('Write the changes?', 'write'),
    ]);
    const edited = await editMenu(io, open(CART), []);
    expect(io.remaining()).toEqual([]);
    expect(io.transcript).toContain('✔ Recorded evidence on segment Commuters (commuters): survey, supports; now testing.');
    expect(edited!.text).toBe(
      CART.replace(
        '    name: Commuters\n',
        '    name: Commuters\n    status: testing\n    evidence:\n      - {date: "2026-11-30", method: survey, result: supports, note: 40 of 50 buy coffee daily, sample: 50}\n',
      ),
    );
  });
});
