// Several answers in one: "Website; App; Word of mouth". A semicolon, because names and
// sentences often hold commas ("Cheap, safe rooms") and rarely semicolons.
import type { InterviewIO } from './prompts.js';

export function splitEntries(text: string): string[] {
  return text
    .split(';')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** Every entry of a `;`-separated answer; [] when left empty. */
export async function askEntries(io: InterviewIO, message: string, defaults: readonly string[] = []): Promise<string[]> {
  const answer = await io.prompts.input({
    message: `${message} (separate with ;${defaults.length === 0 ? ', empty: none' : ''}):`,
    ...(defaults.length > 0 ? { default: defaults.join('; '), prefill: 'editable' as const } : {}),
  });
  return splitEntries(answer);
}
