// "Where am I": every question carries the block and its position (`[3/9] Channels`) and, for
// profile and per-segment questions, the segment's name. It is part of the question itself, so
// it stays on screen with the prompt instead of scrolling away with the block's heading.
import type { Prompts } from './prompts.js';

export class Place {
  private block = '';
  private subject = '';

  /** Entering block `position` of the nine. */
  enter(position: number, title: string): void {
    this.block = `[${position}/9] ${title}`;
    this.subject = '';
  }

  /** Past the nine blocks: the review. */
  enterReview(): void {
    this.enterMenu('Review');
  }

  /** A step that is no block: a menu, the review. */
  enterMenu(label: string): void {
    this.block = label;
    this.subject = '';
  }

  /** The segment (or item) the next questions are about; undefined: the block as a whole. */
  about(subject: string | undefined): void {
    this.subject = subject ?? '';
  }

  get label(): string {
    return this.subject === '' ? this.block : `${this.block} · ${this.subject}`;
  }
}

/** The same prompts, each question preceded by the place it belongs to. */
export function placedPrompts(prompts: Prompts, place: Place): Prompts {
  const placed = <C extends { message: string }>(config: C): C =>
    place.label === '' ? config : { ...config, message: `${place.label} — ${config.message}` };
  return {
    input: (config) => prompts.input(placed(config)),
    select: (config) => prompts.select(placed(config)),
    checkbox: (config) => prompts.checkbox(placed(config)),
    confirm: (config) => prompts.confirm(placed(config)),
    number: (config) => prompts.number(placed(config)),
  };
}
