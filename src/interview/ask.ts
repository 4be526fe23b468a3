// Small question helpers shared by the interviews: every answer optional unless said otherwise,
// an empty answer meaning "skip", and choices that explain themselves in one line.
import type { Choice, InterviewIO } from './prompts.js';

/** Trimmed text, or undefined when left empty. */
export async function askText(io: InterviewIO, message: string): Promise<string | undefined> {
  const answer = (await io.prompts.input({ message })).trim();
  return answer === '' ? undefined : answer;
}

/** A comma-separated list ("urban, 30-55"), or undefined when left empty. */
export async function askList(io: InterviewIO, message: string): Promise<string[] | undefined> {
  const answer = await io.prompts.input({ message });
  const entries = splitList(answer);
  return entries.length === 0 ? undefined : entries;
}

export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** One value from an explained enumeration, or undefined for "skip for now" (the default). */
export async function askOne<V extends string>(
  io: InterviewIO,
  message: string,
  explained: Record<V, string>,
  groups?: ReadonlyArray<{ title: string; values: readonly V[] }>,
): Promise<V | undefined> {
  const skip: Choice<V | undefined> = { value: undefined, name: 'skip for now', short: 'skipped' };
  const choices = explainedChoices(explained);
  if (!groups) return io.prompts.select<V | undefined>({ message, choices: [skip, ...choices] });
  return io.prompts.select<V | undefined>({
    message,
    choices: [
      skip,
      ...groups.flatMap((group) => [
        { type: 'separator' as const, separator: group.title },
        ...choices.filter((choice) => group.values.includes(choice.value)),
      ]),
    ],
  });
}

/** Any number of values from an explained enumeration; undefined when none is ticked. */
export async function askSome<V extends string>(
  io: InterviewIO,
  message: string,
  explained: Record<V, string>,
): Promise<V[] | undefined> {
  const picked = await io.prompts.checkbox<V>({ message, choices: explainedChoices(explained) });
  return picked.length === 0 ? undefined : picked;
}

/** A whole number from 1 to 5, or undefined when left empty. */
export async function askScale(io: InterviewIO, message: string): Promise<number | undefined> {
  return io.prompts.number({ message, min: 1, max: 5, step: 1 });
}

/** `niche           a specific group with specialised needs`: the file's own word, then the method's. */
export function explainedChoices<V extends string>(explained: Record<V, string>): Choice<V>[] {
  const values = Object.keys(explained) as V[];
  const width = Math.max(...values.map((value) => value.length));
  return values.map((value) => ({ value, name: `${value.padEnd(width)}  ${explained[value]}`, short: value }));
}

/** `[3/9] Channels — how do you reach each segment?` and the method's hint below it. */
export function printHeading(io: InterviewIO, position: number, title: string, question: string, hint: string): void {
  const ask = question.charAt(0).toLowerCase() + question.slice(1);
  io.print('');
  io.print(io.colors.bold.cyan(`[${position}/9] ${title} — ${ask}`));
  io.print(io.colors.dim(`      ${hint}`));
}

/** The same object without keys whose value is undefined, so they are not written. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
