// Prompts for in-process tests of the interviews: a script of expected questions and the answers
// a founder gives, checked one by one (kind and wording), with the prompts' own validation run
// as the terminal would run it. Also records everything printed, for asserting headings.
import type { CheckboxConfig, Choice, ChoiceSeparator, InterviewIO, Prompts, SelectConfig } from '../src/interview/prompts.js';
import { noColors } from '../src/terminal/colors.js';

type Kind = keyof Prompts;

export interface Step {
  kind: Kind;
  /** The question must contain this text (or match this pattern). */
  message: string | RegExp;
  answer?: unknown;
  /** The answer must be refused with a message matching this; the same question is asked again. */
  refusedWith?: RegExp;
  /** Ctrl+C at this question. */
  cancel?: boolean;
}

const step =
  (kind: Kind) =>
  (message: string | RegExp, answer?: unknown, options: Partial<Step> = {}): Step => ({ kind, message, answer, ...options });

/** `input('Name of the business', 'Homestay')`; '' takes the default, as Enter does. */
export const input = step('input') as (message: string | RegExp, answer: string, options?: Partial<Step>) => Step;
/** The value to pick; undefined picks "skip for now". */
export const select = step('select');
export const checkbox = step('checkbox') as (message: string | RegExp, answer: readonly unknown[], options?: Partial<Step>) => Step;
/** undefined takes the default. */
export const confirm = step('confirm') as (message: string | RegExp, answer?: boolean) => Step;
export const number = step('number') as (message: string | RegExp, answer?: number) => Step;
export const cancelAt = (kind: Kind, message: string | RegExp): Step => ({ kind, message, cancel: true });

/** What @inquirer/prompts throws on Ctrl+C. */
export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

export interface ScriptedIO extends InterviewIO {
  /** Lines printed and questions asked, in order ("? question" for questions). */
  transcript: string[];
  /** Steps not yet used; empty once the interview asked everything the script expected. */
  remaining(): Step[];
  /** Every question, with the choices offered, for assertions about what was offered. */
  asked: { kind: Kind; message: string; default?: string; choices?: { value: unknown; name: string; checked?: boolean }[] }[];
}

export function scriptedIO(steps: readonly Step[]): ScriptedIO {
  const queue = [...steps];
  const transcript: string[] = [];
  const asked: ScriptedIO['asked'] = [];

  const next = (kind: Kind, message: string): Step => {
    const expected = queue.shift();
    if (!expected) throw new Error(`the script has no answer for ${kind} "${message}"`);
    const matches = typeof expected.message === 'string' ? message.includes(expected.message) : expected.message.test(message);
    if (expected.kind !== kind || !matches) {
      throw new Error(`expected ${expected.kind} "${expected.message}", but the interview asked ${kind} "${message}"`);
    }
    if (expected.cancel) throw new ExitPromptError('User force closed the prompt with SIGINT');
    return expected;
  };
  const refuse = (expected: Step, verdict: true | string, message: string): boolean => {
    if (verdict === true) {
      if (expected.refusedWith) throw new Error(`expected "${String(expected.answer)}" to be refused at "${message}"`);
      return false;
    }
    if (!expected.refusedWith?.test(verdict)) throw new Error(`"${String(expected.answer)}" was refused at "${message}": ${verdict}`);
    return true;
  };
  const offered = <V>(choices: ReadonlyArray<Choice<V> | ChoiceSeparator>): Choice<V>[] =>
    choices.filter((choice): choice is Choice<V> => (choice as ChoiceSeparator).type !== 'separator');

  const prompts: Prompts = {
    async input(config) {
      transcript.push(`? ${config.message}`);
      asked.push({ kind: 'input', message: config.message, default: config.default });
      for (;;) {
        const expected = next('input', config.message);
        const typed = String(expected.answer ?? '');
        const answer = typed === '' ? (config.default ?? '') : typed;
        if (!refuse(expected, config.validate?.(answer) ?? true, config.message)) return answer;
      }
    },
    async select<V>(config: SelectConfig<V>): Promise<V> {
      const choices = offered(config.choices);
      transcript.push(`? ${config.message}`);
      asked.push({ kind: 'select', message: config.message, choices });
      const expected = next('select', config.message);
      const choice = choices.find((candidate) => candidate.value === expected.answer);
      if (!choice) throw new Error(`"${String(expected.answer)}" is not a choice of "${config.message}"`);
      return choice.value;
    },
    async checkbox<V>(config: CheckboxConfig<V>): Promise<V[]> {
      const choices = offered(config.choices);
      transcript.push(`? ${config.message}`);
      asked.push({ kind: 'checkbox', message: config.message, choices });
      for (;;) {
        const expected = next('checkbox', config.message);
        const picked = expected.answer as V[];
        for (const value of picked) {
          if (!choices.some((choice) => choice.value === value)) throw new Error(`"${String(value)}" is not a choice of "${config.message}"`);
        }
        // The prompt returns ticked values in the order of the list.
        const answer = choices.map((choice) => choice.value).filter((value) => picked.includes(value));
        if (!refuse(expected, config.validate?.(answer) ?? true, config.message)) return answer;
      }
    },
    async confirm(config) {
      transcript.push(`? ${config.message}`);
      asked.push({ kind: 'confirm', message: config.message });
      const expected = next('confirm', config.message);
      return (expected.answer as boolean | undefined) ?? config.default ?? false;
    },
    async number(config) {
      transcript.push(`? ${config.message}`);
      asked.push({ kind: 'number', message: config.message });
      const expected = next('number', config.message);
      const value = expected.answer as number | undefined;
      if (value !== undefined && (value < config.min || value > (config.max ?? Infinity))) {
        throw new Error(`${value} is out of range at "${config.message}"`);
      }
      return value;
    },
  };
  return { prompts, print: (line) => transcript.push(line), colors: noColors, transcript, asked, remaining: () => [...queue] };
}
