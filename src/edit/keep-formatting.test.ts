import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { YAML_OUTPUT } from './canvas-document.js';
import { detectIndentation, keepOriginalSpacing } from './keep-formatting.js';

/** Parse and re-print as add segment does, without any edit. */
function reprint(text: string): string {
  return keepOriginalSpacing(text, parseDocument(text).toString({ ...YAML_OUTPUT, ...detectIndentation(text) }));
}

describe('keeping the layout of an edited file', () => {
  it('keeps aligned comments, extra spaces after colons and trailing spaces', () => {
    const text = 'bmc: 1\nname:    Cart   \ncustomer_segments:\n  - id: a        # first\n    name: A      # the only one\n';
    expect(parseDocument(text).toString(YAML_OUTPUT)).not.toBe(text);
    expect(reprint(text)).toBe(text);
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFFbmc: 1\r\nname: Cart # ours\r\ncustomer_segments:\r\n  - id: a\r\n    name: A\r\n';
    expect(reprint(text)).toBe(text);
  });

  it('keeps four-space indentation and lists not indented under their key', () => {
    const text = 'bmc: 1\nname: Cart\ncustomer_segments:\n- id: a\n  name: A\n  profile:\n    jobs:\n    - text: Sleep\nchannels:\n- Web\n';
    expect(detectIndentation(text)).toEqual({ indent: 2, indentSeq: false });
    const four = 'bmc: 1\ncustomer_segments:\n    -   id: a\n        name: A\n        traits:\n            demographic: [x]\n';
    expect(detectIndentation(four)).toEqual({ indent: 4, indentSeq: true });
    expect(reprint(text)).toBe(text);
  });

  it('gives a line its original spacing only where the line is otherwise the same, in order', () => {
    const original = 'a: 1   # one\nb: 2\n';
    const edited = 'a: 1 # one\nc: 3 # new\nb: 2\n';
    expect(keepOriginalSpacing(original, edited)).toBe('a: 1   # one\nc: 3 # new\nb: 2\n');
  });

  it('never changes what the YAML means: spaces inside a value stay as edited', () => {
    // A new item "a b" must not take the spacing of an existing, different item "a   b".
    const original = 'list:\n  - x\n  - a   b\n';
    const edited = 'list:\n  - a b\n  - x\n  - a   b\n';
    expect(keepOriginalSpacing(original, edited)).toBe(edited);
  });
});
