// The questions the interview asks, as an interface: the real prompts (@inquirer/prompts, see
// real-prompts.ts) in the terminal, scripted or random answers in tests. Keeping the interview
// behind this interface keeps it free of terminal I/O.
import type { Colors } from '../terminal/colors.js';

export interface Choice<V> {
  value: V;
  /** What the list shows; may carry a one-line explanation. */
  name: string;
  /** What the answer line shows once chosen (default: name). */
  short?: string;
  /** Checkboxes only: ticked when the prompt opens. */
  checked?: boolean;
}

/** A heading inside a list of choices (e.g. "fixed pricing"); never an answer. */
export interface ChoiceSeparator {
  type: 'separator';
  separator: string;
}

export function separator(text: string): ChoiceSeparator {
  return { type: 'separator', separator: text };
}

/** `true` when the answer is acceptable, else the message to show. */
export type Validate<T> = (value: T) => true | string;

export interface InputConfig {
  message: string;
  /** Taken when the answer is left empty. */
  default?: string;
  /** 'editable': the default starts typed in, to change rather than retype. */
  prefill?: 'editable';
  validate?: Validate<string>;
}

export interface SelectConfig<V> {
  message: string;
  choices: ReadonlyArray<Choice<V> | ChoiceSeparator>;
}

export interface CheckboxConfig<V> extends SelectConfig<V> {
  validate?: Validate<readonly V[]>;
}

export interface ConfirmConfig {
  message: string;
  default?: boolean;
}

export interface NumberConfig {
  message: string;
  min: number;
  max?: number;
  /** 1: whole numbers only; 'any': decimals too. */
  step?: number | 'any';
}

export interface Prompts {
  input(config: InputConfig): Promise<string>;
  select<V>(config: SelectConfig<V>): Promise<V>;
  checkbox<V>(config: CheckboxConfig<V>): Promise<V[]>;
  confirm(config: ConfirmConfig): Promise<boolean>;
  /** A number from min to max, or undefined for an empty answer. */
  number(config: NumberConfig): Promise<number | undefined>;
}

/** Everything the interview talks through: the prompts, and lines printed between them. */
export interface InterviewIO {
  prompts: Prompts;
  print(line: string): void;
  colors: Colors;
}
