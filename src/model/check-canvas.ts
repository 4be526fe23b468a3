// The whole pipeline for one file: load (YAML with positions) → check (schema, references,
// warnings) → model (typed canvas). Pure apart from reading the file; never throws for bad input.
import type { Document } from 'yaml';
import { capInFileOrder } from '../check/cap-problems.js';
import { settleProblem } from '../check/deferred-suggestion.js';
import { checkReferences } from '../check/references.js';
import { checkSchema } from '../check/schema-problems.js';
import { checkWarnings } from '../check/warnings.js';
import { errorCount, wholeFileProblem, type Problem } from '../load/problem.js';
import { parseYaml } from '../load/parse-yaml.js';
import type { Locator } from '../load/locate.js';
import { readSource, type SourceResult } from '../io/read-source.js';
import type { Canvas } from '../format/canvas.js';
import { normalizeCanvas } from './normalize.js';

export interface CheckedCanvas {
  /** Problems in file order (line, then column). */
  problems: Problem[];
  /** The typed canvas; present only when there is no error (warnings allowed). */
  canvas?: Canvas;
  /** The parsed YAML document, for editing in place; present when asked for (`document`) and the YAML parsed. */
  document?: Document.Parsed;
}

export type LoadedFile =
  | ({ file: string; status: 'checked' } & CheckedCanvas)
  /** The file could not be read at all: a usage or I/O error, not an invalid canvas. */
  | { file: string; status: 'unreadable'; message: string };

export interface CheckOptions {
  /** Today as YYYY-MM-DD, for evidence dated in the future; the local date when left out. */
  today?: string;
  /** Keep yaml's document of the text (`CheckedCanvas.document`), for editing it in place. */
  document?: boolean;
}

/** Checks canvas text (the contents of one file). */
export function checkCanvasText(text: string, options: CheckOptions = {}): CheckedCanvas {
  const outcome = parseYaml(text, { document: options.document });
  // YAML problems (a duplicate key on every line, say) are capped as the checks' are.
  if (!outcome.ok) return { problems: capInFileOrder(outcome.problems) };
  const { document, locator, data } = outcome.parsed;
  const model = normalizeCanvas(data);
  const today = options.today ?? localDate(new Date());
  // "Did you mean" of the schema's problems is worked out only for those listed (settleProblem).
  // In file order: line, then column.
  const problems = capInFileOrder(allProblems(data, model, locator, today)).map(settleProblem);
  return errorCount(problems) === 0 ? { problems, canvas: model, document } : { problems, document };
}

/** Every problem of a parsed canvas, one at a time: a broken file's are never all held at once. */
function* allProblems(data: unknown, model: Canvas, locator: Locator, today: string): Generator<Problem> {
  let wellFormed = true;
  for (const problem of checkSchema(data, locator)) {
    wellFormed = false;
    yield problem;
  }
  yield* checkReferences(model, locator);
  // Warnings are about the holes of a well-formed canvas; on a malformed one (a misspelt block
  // key, say) they would only repeat the error in other words.
  if (wellFormed) yield* checkWarnings(model, locator, { today });
}

/** Reads and checks one canvas file. */
export async function loadCanvasFile(file: string): Promise<LoadedFile> {
  return checkSource(file, readSource(file));
}

/** Checks what was read from a file, standard input or git, naming it `file`. */
export function checkSource(file: string, source: SourceResult): LoadedFile {
  if (source.kind === 'unreadable') return { file, status: 'unreadable', message: source.message };
  if (source.kind === 'refused') {
    return { file, status: 'checked', problems: [wholeFileProblem(source.rule, source.message)] };
  }
  return { file, status: 'checked', ...checkCanvasText(source.text) };
}

/** YYYY-MM-DD in the local time zone: the date people write on their evidence. */
export function localDate(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
