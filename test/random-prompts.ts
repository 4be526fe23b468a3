// Prompts that answer at random (seeded, so a failure can be replayed): for property tests that
// run the interviews on many founders' worth of answers. Answers are what a terminal could
// produce: any text (awkward for YAML on purpose, numbers among it, so questions that take a number
// as text see good and bad ones), any choice offered, numbers in range.
import type { CheckboxConfig, Choice, ChoiceSeparator, InterviewIO, Prompts, SelectConfig } from '../src/interview/prompts.js';
import { noColors } from '../src/terminal/colors.js';

/** mulberry32: small, fast, good enough to vary answers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Text that YAML must quote or escape, or that looks like another type, next to plain words. */
export const AWKWARD_TEXT = [
  'Coffee lovers at home',
  'Hosts',
  'yes',
  'No',
  'null',
  '~',
  'true',
  '123',
  '40',
  '0',
  '0.5',
  '1e3',
  '0x1F',
  '2026-11-22',
  'a: b',
  '- dash first',
  '#hashtag',
  "it's",
  '"quoted"',
  '[brackets]',
  '{braces}',
  '&anchor',
  '*alias',
  '!tag',
  '%percent',
  '@handle',
  '`tick',
  '|pipe',
  '>folded',
  '? question',
  'Café – 2€',
  '日本語のお客様',
  '🚀 rockets',
  'tab\there',
  '  padded  ',
  'one, two, three',
  'x-custom',
  'trailing colon:',
  'very long words '.repeat(12).trim(),
  '\\backslash',
  'O\'Brien & Sons: "best" #1',
  'eur',
  'USD',
  'euro',
  'segment',
  'hosts',
];

export function randomIO(random: () => number): InterviewIO & { questions: number } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const offered = <V>(choices: ReadonlyArray<Choice<V> | ChoiceSeparator>): Choice<V>[] =>
    choices.filter((choice): choice is Choice<V> => (choice as ChoiceSeparator).type !== 'separator');
  let questions = 0;

  const prompts: Prompts = {
    async input(config) {
      questions += 1;
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const typed = random() < 0.3 ? '' : pick(AWKWARD_TEXT);
        const answer = typed === '' ? (config.default ?? '') : typed;
        if ((config.validate?.(answer) ?? true) === true) return answer;
      }
      // Enter (the default, or nothing: an optional answer such as the sample size), else a word.
      const fallback = [config.default ?? '', 'Something'].find((answer) => (config.validate?.(answer) ?? true) === true);
      if (fallback === undefined) throw new Error(`no acceptable answer found for "${config.message}"`);
      return fallback;
    },
    async select<V>(config: SelectConfig<V>): Promise<V> {
      questions += 1;
      return pick(offered(config.choices)).value;
    },
    async checkbox<V>(config: CheckboxConfig<V>): Promise<V[]> {
      questions += 1;
      const choices = offered(config.choices);
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const picked = choices.filter(() => random() < 0.5).map((choice) => choice.value);
        if ((config.validate?.(picked) ?? true) === true) return picked;
      }
      return choices.map((choice) => choice.value);
    },
    async confirm() {
      questions += 1;
      return random() < 0.5;
    },
    async number(config) {
      questions += 1;
      if (random() < 0.3) return undefined;
      const max = config.max ?? 1000;
      if (config.step === 'any') return Math.round((config.min + random() * (max - config.min)) * 100) / 100;
      return config.min + Math.floor(random() * (max - config.min + 1));
    },
  };
  const io = {
    prompts,
    print: () => undefined,
    colors: noColors,
    get questions() {
      return questions;
    },
  };
  return io;
}
