// `bmc init --yes`: a canvas written without questions. One example segment to replace, and
// under every block its key question, the method's hint and a commented-out example item to
// uncomment and edit. It validates as written, and still validates once every example is
// uncommented (a test makes sure).
import { BLOCKS } from '../format/blocks.js';
import { ENUM_FIELDS } from '../format/enum-fields.js';
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
    `  type: direct                 # ${choices(ENUM_FIELDS.channels.type)}`,
    `  owner: own                   # ${choices(ENUM_FIELDS.channels.owner)}`,
    `  phases: [awareness, purchase]   # ${choices(ENUM_FIELDS.channels.phases)}`,
  ],
  customer_relationships: [
    '- name: Self-service help centre',
    `  type: self_service           # ${choices(ENUM_FIELDS.customer_relationships.type)}`,
    `  motivations: [retention]     # ${choices(ENUM_FIELDS.customer_relationships.motivations)}`,
  ],
  revenue_streams: [
    '- name: Monthly subscription',
    '  segments: [first-customers]',
    `  type: subscription           # ${choices(ENUM_FIELDS.revenue_streams.type)}`,
    `  pricing: list_price          # ${choices(ENUM_FIELDS.revenue_streams.pricing)}`,
    '  amount: {value: 9.90, currency: EUR, per: month}',
  ],
  key_resources: ['- name: The product itself', `  type: intellectual           # ${choices(ENUM_FIELDS.key_resources.type)}`],
  key_activities: ['- name: Building the product', `  type: production             # ${choices(ENUM_FIELDS.key_activities.type)}`],
  key_partnerships: [
    '- name: Main supplier',
    `  type: buyer_supplier         # ${choices(ENUM_FIELDS.key_partnerships.type)}`,
    `  motivation: optimization     # ${choices(ENUM_FIELDS.key_partnerships.motivation)}`,
  ],
};

const PROFILE_EXAMPLE = [
  'profile:                       # the customer profile, optional',
  '  jobs:',
  '    - text: What they are trying to get done',
  `      kind: functional         # ${choices(ENUM_FIELDS.job.kind)}`,
  '      importance: 4            # 1 (insignificant) .. 5 (crucial)',
  '  pains:',
  '    - id: main-pain',
  '      text: What annoys them or stands in their way',
  '      severity: 3              # 1 (moderate) .. 5 (extreme)',
  '  gains:',
  '    - id: main-gain',
  '      text: The outcome they want',
  `      kind: desired            # ${choices(ENUM_FIELDS.gain.kind)}`,
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
        `    type: niche                # ${choices(ENUM_FIELDS.segment.type)}`,
        '    description: Who they are and what they have in common',
        ...commented(PROFILE_EXAMPLE, 4),
      );
    } else if (block.key === 'cost_structure') {
      lines.push(
        ...commented([`driver: value_driven           # ${choices(ENUM_FIELDS.cost_structure_driver.driver)}`], 2),
        '  costs:',
        ...commented(['- name: Salaries', `  type: fixed                # ${choices(ENUM_FIELDS.cost_structure.type)}`], 4),
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
