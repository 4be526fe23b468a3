// The Prompts interface on top of @inquirer/prompts: what runs in a real terminal.
import { checkbox, confirm, input, number, select, Separator } from '@inquirer/prompts';
import type { CheckboxConfig, Choice, ChoiceSeparator, Prompts, SelectConfig } from './prompts.js';

// Lists longer than inquirer's default of 7 rows would scroll (pricing has 11 rows with its headings).
const PAGE_SIZE = 12;

function toInquirer<V>(choices: ReadonlyArray<Choice<V> | ChoiceSeparator>): (Choice<V> | Separator)[] {
  return choices.map((choice) => ('type' in choice && choice.type === 'separator' ? new Separator(choice.separator) : (choice as Choice<V>)));
}

export function selectConfig<V>(config: SelectConfig<V>): Parameters<typeof select<V>>[0] {
  return { message: config.message, choices: toInquirer(config.choices), pageSize: PAGE_SIZE, loop: false };
}

export function checkboxConfig<V>(config: CheckboxConfig<V>): Parameters<typeof checkbox<V>>[0] {
  const { validate } = config;
  return {
    message: config.message,
    choices: toInquirer(config.choices),
    pageSize: PAGE_SIZE,
    loop: false,
    validate: validate ? (ticked) => validate(ticked.map((choice) => choice.value)) : undefined,
  };
}

export const realPrompts: Prompts = {
  input: (config) => input(config),
  select: (config) => select(selectConfig(config)),
  checkbox: (config) => checkbox(checkboxConfig(config)),
  confirm: (config) => confirm(config),
  number: (config) => number({ ...config, required: false }),
};
