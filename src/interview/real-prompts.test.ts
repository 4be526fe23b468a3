// The interview's questions rendered by the real @inquirer/prompts (through @inquirer/testing):
// separators, explanations, "skip" as the default, and the segments checkbox refusing no answer.
import { checkbox, select } from '@inquirer/prompts';
import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { noColors } from '../terminal/colors.js';
import { askOne } from './ask.js';
import { PRICING_TEXT } from './explanations.js';
import { askServedSegments } from './item-questions.js';
import type { CheckboxConfig, InterviewIO, Prompts, SelectConfig } from './prompts.js';
import { checkboxConfig, selectConfig } from './real-prompts.js';
import { DYNAMIC_PRICING, FIXED_PRICING } from '../format/canvas.js';

/** Captures the config of the first question the interview code asks, instead of asking it. */
function capture(): { io: InterviewIO; config: () => unknown } {
  let captured: unknown;
  const stop = (config: unknown): Promise<never> => {
    captured = config;
    return new Promise(() => undefined);
  };
  const prompts = { input: stop, select: stop, checkbox: stop, confirm: stop, number: stop } as unknown as Prompts;
  return { io: { prompts, print: () => undefined, colors: noColors }, config: () => captured };
}

describe('questions in the real prompts', () => {
  it('pricing: grouped as fixed and dynamic, explained, "skip for now" first and chosen by Enter', async () => {
    const { io, config } = capture();
    void askOne(io, 'How is the price set?', PRICING_TEXT, [
      { title: '── fixed: set in advance', values: FIXED_PRICING },
      { title: '── dynamic: changes with the market', values: DYNAMIC_PRICING },
    ]);
    const { answer, getScreen, events } = await render(select, selectConfig(config() as SelectConfig<string | undefined>));
    const screen = getScreen();
    expect(screen).toContain('❯ skip for now');
    expect(screen).toContain('── fixed: set in advance');
    expect(screen).toContain('list_price        one price per product or service');
    expect(screen).toContain('── dynamic: changes with the market');
    // Every choice fits on one page: none is hidden below the fold.
    expect(screen).toContain('auction           set by competitive bidding');
    events.keypress('enter');
    await expect(answer).resolves.toBeUndefined();
  });

  it('pricing: arrows skip the group headings', async () => {
    const { io, config } = capture();
    void askOne(io, 'How is the price set?', PRICING_TEXT, [
      { title: '── fixed', values: FIXED_PRICING },
      { title: '── dynamic', values: DYNAMIC_PRICING },
    ]);
    const { answer, events } = await render(select, selectConfig(config() as SelectConfig<string | undefined>));
    events.keypress('down');
    events.keypress('enter');
    await expect(answer).resolves.toBe('list_price');
  });

  it('segments checkbox: refuses an empty answer with the reason, then takes the ticks', async () => {
    const { io, config } = capture();
    void askServedSegments(io, 'channels', [
      { id: 'travellers', name: 'Travellers' },
      { id: 'hosts', name: 'Hosts' },
    ]);
    const { answer, events, getScreen } = await render(checkbox, checkboxConfig(config() as CheckboxConfig<string>));
    expect(getScreen()).toContain('Which segments does it serve? (all: shared by every segment)');
    events.keypress('enter');
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(getScreen()).toContain('Tick at least one segment (space), or all of them if it serves everyone');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['hosts']);
  });
});
