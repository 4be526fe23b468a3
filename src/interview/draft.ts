// Never lose answers: while `bmc init` asks, every answer is appended to a draft beside the
// target (`.<name>.draft`, never the target itself). The next `bmc init` of the same file can
// replay the draft, question by question, and carry on live from where it stopped. Replaying
// answers rather than saving a half-built canvas keeps the draft right whatever the interview
// was doing when it stopped (in the middle of a profile, in the review).
import { appendFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { InterviewIO, Prompts } from './prompts.js';
import { isRecord } from '../format/data.js';

type Kind = keyof Prompts;

/** One answered question, as the draft keeps it (one JSON line each). */
export interface DraftAnswer {
  kind: Kind;
  message: string;
  answer?: unknown;
}

const HEADER = { draft: 'bmc init', version: 1 };

export function draftPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.draft`);
}

export interface Draft {
  answers: DraftAnswer[];
  savedAt: Date;
}

/** The draft kept for `target`, or undefined when there is none (or it is not one of ours). */
export function readDraft(path: string): Draft | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n').filter((line) => line !== '');
  const [header, ...rest] = lines.map(parseLine);
  if (!isHeader(header)) return undefined;
  // A line cut short by a crash ends the draft; everything before it is kept.
  const end = rest.findIndex((entry) => !isAnswer(entry));
  const answers = (end === -1 ? rest : rest.slice(0, end)) as DraftAnswer[];
  return { answers, savedAt: statSync(path).mtime };
}

export function removeDraft(path: string): void {
  rmSync(path, { force: true });
}

/**
 * Prompts that first answer from `replay` (while each question is the one the draft answered)
 * and then ask `live`, writing every answer to the draft at `path` as it is given.
 */
export class DraftRecorder {
  private readonly queue: DraftAnswer[];
  private kept: DraftAnswer[] = [];
  private written = false;

  constructor(
    readonly path: string,
    replay: readonly DraftAnswer[] = [],
  ) {
    this.queue = [...replay];
  }

  /** True while answers still come from the draft: nothing needs showing then. */
  get replaying(): boolean {
    return this.queue.length > 0;
  }

  /** Whether the draft holds at least one answer. */
  get hasAnswers(): boolean {
    return this.kept.length > 0;
  }

  /** `io` with its questions answered from the draft first, and every answer recorded. */
  wrap(io: InterviewIO): InterviewIO {
    const ask =
      <C extends { message: string }, A>(kind: Kind, live: (config: C) => Promise<A>) =>
      async (config: C): Promise<A> => {
        const replayed = this.fromDraft(kind, config.message);
        const answer = replayed ? (replayed.answer as A) : await live(config);
        this.record({ kind, message: config.message, answer });
        return answer;
      };
    const prompts: Prompts = {
      input: ask('input', (config) => io.prompts.input(config)),
      select: ask('select', (config) => io.prompts.select(config)),
      checkbox: ask('checkbox', (config) => io.prompts.checkbox(config)),
      confirm: ask('confirm', (config) => io.prompts.confirm(config)),
      number: ask('number', (config) => io.prompts.number(config)),
    };
    return { ...io, prompts, print: (line) => (this.replaying ? undefined : io.print(line)) };
  }

  private fromDraft(kind: Kind, message: string): DraftAnswer | undefined {
    const next = this.queue[0];
    if (next && next.kind === kind && next.message === message) return this.queue.shift();
    // The interview went another way (bmc changed, or the draft was edited): ask from here on.
    this.queue.length = 0;
    return undefined;
  }

  /** Forgets the last answer (a "cancel" that resuming must not replay). */
  dropLast(): void {
    this.kept.pop();
    this.written = false;
    if (this.kept.length === 0) removeDraft(this.path);
    else this.rewrite();
  }

  private rewrite(): void {
    writeFileSync(this.path, [HEADER, ...this.kept].map((entry) => `${JSON.stringify(entry)}\n`).join(''), { mode: 0o600 });
    this.written = true;
  }

  private record(answer: DraftAnswer): void {
    this.kept.push(answer);
    // Started afresh, or resumed: the draft becomes exactly the answers given so far.
    if (!this.written) this.rewrite();
    else appendFileSync(this.path, `${JSON.stringify(answer)}\n`);
  }
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

function isHeader(value: unknown): boolean {
  return isRecord(value) && value.draft === HEADER.draft;
}

function isAnswer(value: unknown): value is DraftAnswer {
  if (!isRecord(value)) return false;
  const { kind, message } = value;
  return typeof message === 'string' && ['input', 'select', 'checkbox', 'confirm', 'number'].includes(String(kind));
}
