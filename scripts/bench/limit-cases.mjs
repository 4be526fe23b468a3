// Files just under bmc's 10 MiB limit that stress one path each, valid and broken: the cases of
// the issue 11 goal "any file under the 10 MiB limit, valid or broken, any command, finishes in
// under 15 seconds, in under 500 MiB of memory". `npm run bench` times every command on each
// (scripts/bench-limits.mjs). Plain JavaScript so the benchmark can run it with Node alone.

/** bmc refuses files larger than this (src/io/read-source.ts). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Leaves room below the limit for the closing text of a case. */
const BUDGET = MAX_FILE_BYTES - 4096;

/** `head`, then line(0), line(1), … while they fit, then `tail`: text just under the limit. */
function fill(head, line, tail = '') {
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let index = 0; ; index += 1) {
    const next = line(index);
    size += Buffer.byteLength(next);
    if (size > BUDGET) break;
    parts.push(next);
  }
  parts.push(tail);
  return parts.join('');
}

/** The blocks a canvas needs so that only the case's own path has problems. */
const SERVED = 'value_propositions:\n  - {name: Offer, segments: [people]}\nchannels: [Shop]\ncustomer_relationships: [Help]\nrevenue_streams: [Sales]\n';
const CANVAS = `bmc: 1\nname: Limit case\ncustomer_segments:\n  - {id: people, name: People}\n${SERVED}`;

const DEEP_BLOCK = 2000;

/** Each case: a name, what it stresses, and its text (a function, so a run makes only the one it needs). */
export const LIMIT_CASES = [
  // Valid files.
  { name: 'block-mapping', about: 'one block mapping of ~500,000 extension keys', make: () => fill(CANVAS, (i) => `x-key-${i}: value\n`) },
  { name: 'flow-mapping', about: 'one flow mapping of ~700,000 keys on one line', make: () => fill(`${CANVAS}x-all: {`, (i) => `k${i}: v, `, 'end: v}\n') },
  {
    name: 'flow-sequence',
    about: 'one flow sequence of ~900,000 key resources on one line',
    make: () => fill(`${CANVAS}key_resources: [`, (i) => `r${i}, `, 'last]\n'),
  },
  {
    name: 'many-segments',
    about: '~140,000 segments, each served by its own value proposition',
    make: () => {
      const segments = [];
      const offers = [];
      let size = 200;
      for (let i = 0; size < BUDGET; i += 1) {
        segments.push(`  - {id: s${i}, name: S${i}}\n`);
        offers.push(`  - {name: V${i}, segments: [s${i}]}\n`);
        size += segments.at(-1).length + offers.at(-1).length;
      }
      segments.pop();
      offers.pop();
      const served = 'channels: [Shop]\ncustomer_relationships: [Help]\nrevenue_streams: [Sales]\n';
      return `bmc: 1\nname: Limit case\ncustomer_segments:\n${segments.join('')}value_propositions:\n${offers.join('')}${served}`;
    },
  },
  {
    name: 'many-items-block',
    about: '~160,000 key resources as block mappings of three keys',
    make: () => fill(`${CANVAS}key_resources:\n`, (i) => `  - name: Resource ${i}\n    status: testing\n    description: n\n`),
  },
  {
    name: 'deep-flow',
    about: 'flow sequences nested 64 deep (the limit), repeated',
    make: () => fill(`${CANVAS}x-deep:\n`, () => `  - ${'['.repeat(64)}${']'.repeat(64)}\n`),
  },
  {
    name: 'deep-block',
    about: `block mappings nested ${DEEP_BLOCK} deep (indentation grows quadratically), repeated`,
    make: () => {
      const nest = Array.from({ length: DEEP_BLOCK }, (_, depth) => `${' '.repeat(depth + 2)}k:\n`).join('');
      return fill(CANVAS, (i) => `x-deep-${i}:\n${nest}`);
    },
  },
  {
    name: 'deep-block-sequence',
    about: 'block sequences nested on one line (`- - - …`) as deep as the file allows',
    make: () => fill(`${CANVAS}x-deep: `, () => '- ', 'x\n'),
  },
  {
    name: 'anchors',
    about: '~450,000 anchors, and 500 aliases',
    make: () => fill(`${CANVAS}x-anchors:\n`, (i) => `  - &a${i} v\n`, `x-aliases: [${Array.from({ length: 500 }, (_, i) => `*a${i}`).join(', ')}]\n`),
  },
  { name: 'long-line', about: 'one plain scalar of 10 MiB', make: () => fill(`${CANVAS}description: `, () => 'word ', '\n') },
  {
    name: 'long-quoted',
    about: 'one double-quoted scalar of 10 MiB with escapes',
    make: () => fill(`${CANVAS}description: "`, () => 'a\\tb\\u00e9 ', '"\n'),
  },
  {
    name: 'long-block-scalar',
    about: 'one literal block scalar of ~500,000 lines',
    make: () => fill(`${CANVAS}description: |\n`, (i) => `  line ${i} of the description\n`),
  },
  { name: 'comments', about: '~350,000 comment lines', make: () => fill(CANVAS, (i) => `# comment ${i} about the canvas\n`) },
  // Broken files.
  {
    name: 'broken-every-line',
    about: 'every line an unclosed flow mapping',
    make: () => fill(`${CANVAS}key_resources:\n`, (i) => `  - {text: Resource ${i}\n`),
  },
  {
    name: 'broken-indentation',
    about: 'every line badly indented',
    make: () => fill(`${CANVAS}key_resources:\n`, (i) => `${i % 2 ? '   ' : '  '}- Resource ${i}\n`),
  },
  {
    name: 'duplicate-keys',
    about: 'every mapping of ~250,000 has a duplicate key',
    make: () => fill(`${CANVAS}key_resources:\n`, (i) => `  - {text: R${i}, text: R${i}}\n`),
  },
  {
    name: 'duplicate-keys-one-mapping',
    about: 'one block mapping of ~500,000 keys, each twice',
    make: () => fill(CANVAS, (i) => `x-key-${i >> 1}: value\n`),
  },
  {
    name: 'many-items-block-broken',
    about: '~180,000 key resources of three keys with four errors each (unknown keys, a status, no name)',
    make: () => fill(`${CANVAS}key_resources:\n`, (i) => `  - text: Resource ${i}\n    status: untested\n    notes: n\n`),
  },
  {
    name: 'unknown-keys',
    about: '~300,000 value propositions with a key the format does not define',
    make: () => fill(`${CANVAS.replace(SERVED, '')}value_propositions:\n`, (i) => `  - {name: O${i}, segmnets: [people]}\n`, 'channels: [Shop]\n'),
  },
  {
    name: 'misspelt-references',
    about: '~300,000 value propositions naming a segment that does not exist',
    make: () => fill(`${CANVAS.replace(SERVED, '')}value_propositions:\n`, (i) => `  - {name: O${i}, segments: [peple${i}]}\n`, 'channels: [Shop]\n'),
  },
  {
    name: 'ids-not-text',
    about: 'one list of ~1,300,000 segment ids that are numbers (a list that must not repeat)',
    make: () => fill(`${CANVAS.replace(SERVED, '')}value_propositions:\n  - name: Offer\n    segments: [`, (i) => `${i}, `, 'x]\nchannels: [Shop]\n'),
  },
  {
    name: 'phases-not-allowed',
    about: 'one channel whose phases are ~1,300,000 numbers (allowed values that must not repeat)',
    make: () => fill(`${CANVAS.replace('channels: [Shop]\n', '')}channels:\n  - name: Ads\n    phases: [`, (i) => `${i}, `, 'x]\n'),
  },
  {
    name: 'wrong-types',
    about: '~400,000 key resources of the wrong type',
    make: () => fill(`${CANVAS}key_resources:\n`, (i) => `  - [${i}]\n`),
  },
  {
    name: 'unresolved-aliases',
    about: '~1,000,000 aliases naming no anchor',
    make: () => fill(`${CANVAS}x-aliases: [`, (i) => `*n${i}, `, 'x]\n'),
  },
];
