import { describe, expect, it } from 'vitest';
import { detectStyle } from './render-yaml.js';

describe('the style of a file, for the lines an edit adds', () => {
  it('finds the indentation and whether list items sit under their key', () => {
    const text = 'bmc: 1\nname: Cart\ncustomer_segments:\n- id: a\n  name: A\n  profile:\n    jobs:\n    - text: Sleep\nchannels:\n- Web\n';
    expect(detectStyle(text)).toEqual({ indent: 2, indentSeq: false });
    const four = 'bmc: 1\ncustomer_segments:\n    -   id: a\n        name: A\n        traits:\n            demographic: [x]\n';
    expect(detectStyle(four)).toEqual({ indent: 4, indentSeq: true });
    expect(detectStyle('bmc: 1\n')).toEqual({ indent: 2, indentSeq: true });
  });
});
