// `bmc init --yes`: a canvas written without questions. One example segment to replace, and
// under every block its key question, the method's hint and a commented-out example item to
// uncomment and edit. It validates as written, and still validates once every example is
// uncommented (a test makes sure).
import { BLOCKS } from '../format/blocks.js';
import {
  ACTIVITY_TYPES,
  CHANNEL_OWNERS,
  CHANNEL_PHASES,
  CHANNEL_TYPES,
  COST_DRIVERS,
  COST_TYPES,
  GAIN_KINDS,
  JOB_KINDS,
  PARTNERSHIP_MOTIVATIONS,
  PARTNERSHIP_TYPES,
  PRICING,
  RELATIONSHIP_MOTIVATIONS,
  RELATIONSHIP_TYPES,
  RESOURCE_TYPES,
  REVENUE_TYPES,
  SEGMENT_TYPES,
} from '../format/canvas.js';
import { modeline } from './canvas-document.js';

const choices = (values: readonly string[]): string => values.join(' | ');

/** The example lines of each block, commented out in the file (two-space indented YAML). */
const EXAMPLES: Record<string, string[]> = {
  value_propositions: [
    '- name: What you offer them',
    '  segments: [first-customers]',
    '  products: [a product, a service]',
    '  relieves: [main-pain]        # ids of pains in the profiles of its segments',
    '  creates: [main-gain]         # ids of gains',
  ],
  channels: [
    '- name: Online shop',
    `  type: direct                 # ${choices(CHANNEL_TYPES)}`,
    `  owner: own                   # ${choices(CHANNEL_OWNERS)}`,
    `  phases: [awareness, purchase]   # ${choices(CHANNEL_PHASES)}`,
  ],
  customer_relationships: [
    '- name: Self-service help centre',
    `  type: self_service           # ${choices(RELATIONSHIP_TYPES)}`,
    `  motivations: [retention]     # ${choices(RELATIONSHIP_MOTIVATIONS)}`,
  ],
  revenue_streams: [
    '- name: Monthly subscription',
    '  segments: [first-customers]',
    `  type: subscription           # ${choices(REVENUE_TYPES)}`,
    `  pricing: list_price          # ${choices(PRICING)}`,
    '  amount: {value: 9.90, currency: EUR, per: month}',
  ],
  key_resources: ['- name: The product itself', `  type: intellectual           # ${choices(RESOURCE_TYPES)}`],
  key_activities: ['- name: Building the product', `  type: production             # ${choices(ACTIVITY_TYPES)}`],
  key_partnerships: [
    '- name: Main supplier',
    `  type: buyer_supplier         # ${choices(PARTNERSHIP_TYPES)}`,
    `  motivation: optimization     # ${choices(PARTNERSHIP_MOTIVATIONS)}`,
  ],
};

const PROFILE_EXAMPLE = [
  'profile:                       # the customer profile, optional',
  '  jobs:',
  '    - text: What they are trying to get done',
  `      kind: functional         # ${choices(JOB_KINDS)}`,
  '      importance: 4            # 1 (insignificant) .. 5 (crucial)',
  '  pains:',
  '    - id: main-pain',
  '      text: What annoys them or stands in their way',
  '      severity: 3              # 1 (moderate) .. 5 (extreme)',
  '  gains:',
  '    - id: main-gain',
  '      text: The outcome they want',
  `      kind: desired            # ${choices(GAIN_KINDS)}`,
];

export function starterCanvas(schemaReference: string, file: string): string {
  const lines = [
    `#${modeline(schemaReference)}`,
    '# A starter canvas written by `bmc init --yes`. Replace the example segment with your own,',
    '# uncomment and edit the examples under each block (or delete them), then check the file with',
    `#   bmc validate ${file}`,
    'bmc: 1',
    'name: My business',
    'description: What it does, for whom, in one sentence',
  ];
  BLOCKS.forEach((block, index) => {
    const ask = block.question.charAt(0).toLowerCase() + block.question.slice(1);
    lines.push('', `# [${index + 1}/9] ${block.title} — ${ask}`, `# ${block.hint}`, `${block.key}:`);
    if (block.key === 'customer_segments') {
      lines.push(
        '  - id: first-customers        # how the other blocks refer to this segment',
        '    name: First customers',
        `    type: niche                # ${choices(SEGMENT_TYPES)}`,
        '    description: Who they are and what they have in common',
        ...commented(PROFILE_EXAMPLE, 4),
      );
    } else if (block.key === 'cost_structure') {
      lines.push(
        ...commented([`driver: value_driven           # ${choices(COST_DRIVERS)}`], 2),
        '  costs:',
        ...commented(['- name: Salaries', `  type: fixed                # ${choices(COST_TYPES)}`], 4),
      );
    } else {
      lines.push(...commented(EXAMPLES[block.key]!, 2));
    }
  });
  return `${lines.join('\n')}\n`;
}

function commented(lines: readonly string[], indent: number): string[] {
  return lines.map((line) => `${' '.repeat(indent)}# ${line}`);
}
