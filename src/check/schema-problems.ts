// Runs the ahead-of-time compiled JSON Schema validator and turns its errors into Problems a
// person can act on. Raw Ajv messages never reach users: every keyword has its own sentence.
import type { ErrorObject } from 'ajv';
import validateCanvas, { canvasSchema, itemValidators, listPlaces, type CanvasValidator } from '../generated/canvas-validator.js';
import type { Problem } from '../load/problem.js';
import { closest } from './suggest.js';
import { deferSuggestion } from './deferred-suggestion.js';
import { describeLocation, enumLabel, quote } from './wording.js';
import { formatPath, type PathSegment, type Locator } from '../load/locate.js';
import { schemaAt } from './schema-lookup.js';
import { impossibleDate } from './calendar-date.js';
import { fieldOf } from '../format/data.js';

/**
 * Lists longer than this are validated item by item. Ajv gathers every error of a call before
 * returning them: on a broken 10 MiB file 2.4 million error objects, about 390 MiB, plus the
 * problems made of them (docs/development.md).
 */
export const LONG_LIST = 1000;

/**
 * The schema's problems, each once, as they are found: model/check-canvas.ts keeps only those it
 * lists. "Did you mean" is worked out only for the problems bmc lists (a file can have hundreds
 * of thousands, of which a thousand are listed): read them through `settleProblem` (check-canvas
 * does, after capping).
 *
 * The canvas is validated with each list longer than `longList` cut to its first item (which
 * keeps a minItems of 1 as the whole list does), then the rest of each such list one item at a
 * time with its items' validator, and so on down (a segment's jobs, an item's evidence): the
 * same problems as one call on the whole canvas (src/check/schema-problems.test.ts compares
 * them), never more than one item's at once. A list of text that must not repeat (ids,
 * `uniqueItems`) is cut too; its repeat is found over the whole list (`firstRepeat`). The cut
 * keeps one item, not a thousand: a thousand items' problems alive together made V8 allocate
 * every later problem in its old space, 130 MiB of garbage on a broken 10 MiB file.
 */
export function* checkSchema(data: unknown, locator: Locator, longList = LONG_LIST): Generator<Problem> {
  yield* calendarProblems(data, locator);
  const canvas: CheckedCanvas = { data, locator, fields: new FieldNames(data) };
  yield* problemsInPieces(validateCanvas, '#', data, '', canvas, longList);
}

/** The canvas whose problems are made: its data, where its parts are, the fields allowed. */
interface CheckedCanvas {
  data: unknown;
  locator: Locator;
  fields: FieldNames;
}

/** The problems of `value` (at `prefix`, a JSON pointer, in the canvas), which `schema` validates. */
function* problemsInPieces(validate: CanvasValidator, schema: string, value: unknown, prefix: string, canvas: CheckedCanvas, longList: number): Generator<Problem> {
  const long = longListsIn(value, schema, longList);
  yield* problemsOf(validate, long.length === 0 ? value : cutToFirstItems(value, long), prefix, canvas);
  for (const { path, items, schema: itemSchema, unique } of long) {
    const validateItem = itemValidators[itemSchema]!;
    const at = `${prefix}/${path.join('/')}`;
    for (let index = 1; index < items.length; index += 1) yield* problemsInPieces(validateItem, itemSchema, items[index], `${at}/${index}`, canvas, longList);
    const repeat = unique ? firstRepeat(items) : undefined;
    if (repeat) yield toProblem({ keyword: 'uniqueItems', instancePath: at, schemaPath: '', params: repeat }, canvas.data, canvas.locator, canvas.fields);
  }
}

/**
 * The repeat Ajv's `uniqueItems` reports in a list of text, found as it finds it: from the end, a
 * map of the text seen, items of another type skipped, and (as its object of indices does)
 * `__proto__` never a repeat. `j` is the later of the two.
 */
function firstRepeat(items: readonly unknown[]): { i: number; j: number } | undefined {
  const seen = new Map<string, number>();
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (typeof item !== 'string' || item === '__proto__') continue;
    const j = seen.get(item);
    if (j !== undefined) return { i, j };
    seen.set(item, i);
  }
  return undefined;
}

interface LongList {
  /** Keys and indexes from the value validated to the list. */
  path: readonly (string | number)[];
  items: readonly unknown[];
  /** The pointer of its items' schema. */
  schema: string;
  /** Its text must not repeat: checked over the whole list, not in the cut. */
  unique: boolean;
}

/**
 * The lists longer than `longList` in a value of `schema`: at its list places (`listPlaces`),
 * and inside the items the same call validates, every item of a shorter list and the first item
 * of a long one, down to any depth. One walk; an item past the first of a long list is looked
 * into when it is validated on its own.
 */
function longListsIn(value: unknown, schema: string, longList: number, path: readonly (string | number)[] = [], found: LongList[] = []): LongList[] {
  for (const place of listPlaces[schema] ?? []) {
    const items = valueAt(value, place.path);
    if (!Array.isArray(items)) continue;
    const at = [...path, ...place.path];
    const long = items.length > longList;
    if (long) found.push({ path: at, items, schema: place.items, unique: place.unique === true });
    const inCall = long ? 1 : items.length;
    for (let index = 0; index < inCall; index += 1) longListsIn(items[index], place.items, longList, [...at, index], found);
  }
  return found;
}

/** `value` with each long list cut to its first item: the mappings and lists that lead to one copied, the rest shared. */
function cutToFirstItems(value: unknown, long: readonly LongList[]): unknown {
  const copies = new Set<unknown>();
  const copy = <T extends object>(original: T): T => {
    const made = (Array.isArray(original) ? [...original] : { ...original }) as T;
    copies.add(made);
    return made;
  };
  // Shallow copies: a mapping's keys keep their order, so the errors do too.
  const cut = copy(value as Record<string, unknown>);
  for (const { path, items } of long) {
    let container: Record<string | number, unknown> = cut;
    for (const key of path.slice(0, -1)) {
      const next = container[key] as Record<string | number, unknown>;
      container = copies.has(next) ? next : (container[key] = copy(next));
    }
    container[path.at(-1)!] = items.slice(0, 1);
  }
  return cut;
}

const NO_PROBLEMS: readonly Problem[] = [];

/**
 * The problems of one validator call on `value`, found at `prefix` (a JSON pointer) in the
 * canvas. Equal problems (rule, path, message) are reported once; each call's paths are its own.
 */
function problemsOf(validate: CanvasValidator, value: unknown, prefix: string, { data, locator, fields }: CheckedCanvas): readonly Problem[] {
  if (validate(value)) return NO_PROBLEMS;
  // The validator keeps its errors until its next call.
  const allErrors = validate.errors ?? [];
  validate.errors = null;
  if (prefix !== '') for (const error of allErrors) error.instancePath = prefix + error.instancePath;
  const errors = relevantErrors(allErrors, data);
  // Found by path, then compared: a key joining all three was about 100 MB of strings on a file
  // of 800,000 problems.
  const byPath = new Map<string, Problem | Problem[]>();
  const problems: Problem[] = [];
  for (const error of errors) {
    const problem = toProblem(error, data, locator, fields);
    const same = byPath.get(problem.path);
    if (same === undefined) byPath.set(problem.path, problem);
    else {
      const others = Array.isArray(same) ? same : [same];
      if (others.some((other) => other.rule === problem.rule && other.message === problem.message)) continue;
      others.push(problem);
      if (others !== same) byPath.set(problem.path, others);
    }
    problems.push(problem);
  }
  return problems;
}

/** Dates the pattern accepts but the calendar has not (2026-02-30): the canvas's and evidence's. */
function calendarProblems(data: unknown, locator: Locator): Problem[] {
  const problems: Problem[] = [];
  const dateSchema = (canvasSchema.definitions as Record<string, unknown> | undefined)?.date;
  forEachDate(data, [], (path, text) => {
    const why = impossibleDate(text);
    // Only where the format puts a date: not a `date` inside an `x-` extension.
    if (why === undefined || schemaAt(canvasSchema, path, data) !== dateSchema) return;
    const { line, column } = locator.locate(path);
    const message = `\`date\` is ${text}, a day that does not exist: ${why}`;
    problems.push({ severity: 'error', rule: 'invalid-date', message, line, column, path: formatPath(path) });
  });
  return problems;
}

const MAX_DATE_DEPTH = 8;

/**
 * Calls `visit` for every text under a key named `date` in the data; one walk. It runs on every
 * canvas, so it keeps one path and copies it only for a date, not for each node it passes.
 */
function forEachDate(value: unknown, path: PathSegment[], visit: (path: PathSegment[], text: string) => void): void {
  // The format's dates are at most five levels down; deeper data is someone's extension.
  if (path.length > MAX_DATE_DEPTH) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const entry: unknown = value[index];
      if (entry === null || typeof entry !== 'object') continue;
      path.push(index);
      forEachDate(entry, path, visit);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const entry = record[key];
      if (key === 'date' && typeof entry === 'string') {
        visit([...path, key], entry);
      } else if (entry !== null && typeof entry === 'object') {
        path.push(key);
        forEachDate(entry, path, visit);
        path.pop();
      }
    }
  }
}

/**
 * Items may be a plain name or a mapping (`anyOf: [shorthand, object]`). Ajv reports the failures
 * of both branches; keep only those of the branch the user evidently meant.
 */
function relevantErrors(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  // The value at each path where an anyOf failed, looked up once for the anyOf and its branches' errors.
  const anyOfValues = new Map<string, unknown>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' && !anyOfValues.has(error.instancePath)) {
      anyOfValues.set(error.instancePath, valueAt(data, pointerSegments(error.instancePath)));
    }
  }
  // A value outside an enum of text fails its `type: string` too (scripts/generate.mjs,
  // withTypedUniqueItems); the enum's error says more: what is allowed.
  const enumPaths = new Set<string>();
  for (const error of errors) if (error.keyword === 'enum') enumPaths.add(error.instancePath);
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    // `if` only says that its `then` or `else` failed; their own errors say how.
    if (error.keyword === 'if') continue;
    if (error.keyword === 'type' && enumPaths.has(error.instancePath)) continue;
    if (error.keyword === 'anyOf') {
      const value = anyOfValues.get(error.instancePath);
      // Neither text nor mapping: one error for the item, instead of one per branch.
      if (!isShorthandOrMapping(value)) kept.push(error);
      continue;
    }
    const branchOwner = enclosingPath(error.instancePath, anyOfValues);
    if (branchOwner !== undefined) {
      const value = anyOfValues.get(branchOwner);
      if (!isShorthandOrMapping(value)) continue;
      const isShorthandBranch = error.schemaPath.startsWith('#/definitions/shorthand/');
      const isObjectTypeError = error.instancePath === branchOwner && error.keyword === 'type' && !isShorthandBranch;
      if (typeof value === 'string' ? !isShorthandBranch : isShorthandBranch || isObjectTypeError) continue;
    }
    kept.push(error);
  }
  return kept;
}

/** The path in `paths` that is `pointer` or encloses it; one look-up per level, not a search of `paths`. */
function enclosingPath(pointer: string, paths: ReadonlyMap<string, unknown>): string | undefined {
  let path = pointer;
  for (;;) {
    if (paths.has(path)) return path;
    const cut = path.lastIndexOf('/');
    if (cut < 0) return undefined;
    path = path.slice(0, cut);
  }
}

function isShorthandOrMapping(value: unknown): boolean {
  return typeof value === 'string' || (value !== null && typeof value === 'object' && !Array.isArray(value));
}

function toProblem(error: ErrorObject, data: unknown, locator: Locator, fields: FieldNames): Problem {
  const path = pointerSegments(error.instancePath);
  const value = valueAt(data, path);
  const where = describeLocation(path);
  const make = (
    rule: string,
    message: string,
    at: readonly PathSegment[] = path,
    target: 'key' | 'value' = 'value',
    suggestion?: string | (() => string | undefined),
  ): Problem => {
    const { line, column } = locator.locate(at, target);
    const problem: Problem = { severity: 'error', rule, message: capitalise(message), line, column, path: formatPath(at) };
    if (typeof suggestion === 'function') deferSuggestion(problem, suggestion);
    else if (suggestion !== undefined) problem.suggestion = suggestion;
    return problem;
  };

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      if (key === '<<') {
        return make('unknown-key', 'Merge keys (`<<`) are not supported in canvas files; write the fields out', [...path, key], 'key');
      }
      const allowed = fields.at(path);
      return make(
        'unknown-key',
        `${quote(key)} is not a field of ${where.article}; allowed: ${allowed.text}`,
        [...path, key],
        'key',
        closestLater(key, allowed.names),
      );
    }
    case 'required': {
      const key = String(error.params.missingProperty);
      if (fieldName(path) === 'amount') return make('missing-key', amountMissing(key), path, 'key');
      return make('missing-key', `${capitalise(where.article)} needs ${quote(key)}`, path, 'key');
    }
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      if (Array.isArray(value) || (value !== null && typeof value === 'object')) {
        const only = Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? value[0] : undefined;
        return make(
          'invalid-type',
          `${where.the} takes a single value, not ${Array.isArray(value) ? 'a list' : 'a mapping'}; use one of: ${allowed.join(', ')}`,
          path,
          'value',
          only === undefined ? undefined : allowed.includes(only) ? only : closestLater(only, allowed),
        );
      }
      const suggestion = typeof value === 'string' ? closestLater(value, allowed) : undefined;
      return make(
        'invalid-enum',
        `${quote(String(value))} is not a valid ${enumLabel(path)}; use one of: ${allowed.join(', ')}`,
        path,
        'value',
        suggestion,
      );
    }
    case 'const':
      if (path.length === 1 && path[0] === 'bmc') {
        if (typeof value !== 'number') {
          return make('invalid-type', `\`bmc\` is the format version, the number 1, not ${describeValue(value)}`, path, 'value', '1');
        }
        return make(
          'unsupported-version',
          `This file says bmc: ${String(value)}; this version of bmc reads format version 1 (write \`bmc: 1\`)`,
        );
      }
      return make('invalid-value', `${where.the} must be ${JSON.stringify(error.params.allowedValue)}`);
    case 'type':
      return typeError(String(error.params.type), value, path, where.the, make, data);
    case 'anyOf':
      return make(
        'invalid-type',
        `${capitalise(where.article)} is either a name (text) or a mapping with \`name\`, not ${describeValue(value)}`,
      );
    case 'minimum':
    case 'maximum':
      if (isScoreField(path)) return make('out-of-range', `${where.the} is a whole number from 1 to 5, not ${String(value)}`);
      return make('out-of-range', `${where.the} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(error.params.limit)}`);
    case 'minItems':
      if (path.length === 1 && path[0] === 'customer_segments') {
        return make('no-segments', 'A canvas needs at least one customer segment: everything else serves some segment');
      }
      return make(
        'empty-list',
        `${where.the} is empty; list at least one id${fieldName(path) === 'segments' ? ', or leave `segments` out for an item shared by every segment' : ''}`,
      );
    case 'minLength':
      return make('empty-text', `${where.the} is empty; write some text`);
    case 'uniqueItems': {
      const list = Array.isArray(value) ? value : [];
      // Point at the repeat, the later of the two equal entries.
      const index = Math.max(Number(error.params.i), Number(error.params.j));
      return make('duplicate-entry', `${quote(String(list[index]))} is listed twice in ${where.the}`, [...path, index]);
    }
    case 'pattern':
      return patternError(path, value, where.the, make);
    case 'false schema':
      // The only `false` schemas are the fields an amount's other form forbids.
      if (path.length >= 2 && path[path.length - 2] === 'amount') return make('invalid-value', amountMixed(String(path[path.length - 1])));
      return make('invalid-value', `${where.the} is not valid here`);
    default:
      return make('invalid-value', `${where.the} is not valid here`);
  }
}

/**
 * `closest(input, candidates)` to be worked out if the problem is listed. Made here, not inline in
 * toProblem: a closure there would hold toProblem's whole scope (the path and its segments, the
 * value) for each of the hundreds of thousands of problems never listed.
 */
function closestLater(input: string, candidates: readonly string[]): () => string | undefined {
  return () => closest(input, candidates);
}

const AMOUNT_FORMS = 'an amount is a price `{value, currency, per}` or a share `{percent, of}`';

function amountMissing(key: string): string {
  if (key === 'of') return `A share needs \`of\`: what the percentage is taken of, e.g. \`{percent: 3, of: booking}\``;
  return 'The amount needs `value` (a price `{value, currency, per}`) or `percent` (a share `{percent, of}`)';
}

function amountMixed(key: string): string {
  const form = key === 'of' ? '`value`' : '`percent`';
  return `\`${key}\` does not go with ${form}: ${AMOUNT_FORMS}`;
}

/** A suggestion given as a function is worked out only if the problem is listed (deferSuggestion). */
type Make = (
  rule: string,
  message: string,
  at?: readonly PathSegment[],
  target?: 'key' | 'value',
  suggestion?: string | (() => string | undefined),
) => Problem;

/**
 * The fields the schema allows in the mapping at a path, worked out once per kind of place: a file
 * with an unknown key in each of 300,000 value propositions asks 300,000 times for the same list.
 * The schema node depends on the path's keys and, at each step, on whether the value is a mapping
 * (schemaAt picks an anyOf branch by that), so both make the key.
 */
class FieldNames {
  private readonly known = new Map<string, { names: string[]; text: string }>();

  constructor(private readonly data: unknown) {}

  at(path: readonly PathSegment[]): { names: string[]; text: string } {
    let place = '';
    let value = this.data;
    for (let index = 0; ; index += 1) {
      place += isMappingValue(value) ? 'm' : '-';
      if (index === path.length) break;
      const segment = path[index]!;
      place += typeof segment === 'number' ? '#' : `.${JSON.stringify(segment)}`;
      value = fieldOf(value, segment);
    }
    let fields = this.known.get(place);
    if (fields === undefined) {
      const names = Object.keys(schemaAt(canvasSchema, path, this.data)?.properties ?? {});
      fields = { names, text: names.join(', ') };
      this.known.set(place, fields);
    }
    return fields;
  }
}

function isMappingValue(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'a mapping of keys',
  'array,null': 'a list',
  'object,null': 'a mapping of keys',
  'integer,object': 'a whole number or a mapping with `count`',
};

function typeError(expected: string, value: unknown, path: readonly PathSegment[], the: string, make: Make, data: unknown): Problem {
  const wanted = TYPE_WORDS[expected] ?? expected;
  if (expected === 'boolean' && typeof value === 'string') {
    const truthy = ['yes', 'y', 'on', 'true', 'True', 'TRUE', 'Yes', 'YES'].includes(value);
    const falsy = ['no', 'n', 'off', 'false', 'False', 'FALSE', 'No', 'NO'].includes(value);
    if (truthy || falsy) {
      return make('invalid-type', `${the} must be true or false, not the text "${value}"`, path, 'value', truthy ? 'true' : 'false');
    }
  }
  if (path.at(-1) === 'segments' && typeof value === 'string' && ['all', 'every', 'everyone', 'shared', '*'].includes(value.toLowerCase())) {
    // `[all]` would be the next error: an item serves every segment when `segments` is absent.
    return make('invalid-type', `${the} must be a list of segment ids; to serve every segment, leave \`segments\` out`);
  }
  if ((expected === 'array' || expected === 'array,null') && typeof value === 'string') {
    // A list of allowed values (phases, motivations): suggest the valid spelling in brackets.
    const suggestion = (): string => {
      const allowed = schemaAt(canvasSchema, path, data)?.items?.enum?.map(String);
      return `[${allowed && !allowed.includes(value) ? (closest(value, allowed) ?? value) : value}]`;
    };
    return make('invalid-type', `${the} must be a list, even of one entry`, path, 'value', suggestion);
  }
  if (expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return make('invalid-type', `${the} must be text, not ${describeValue(value)}; put it in quotes: "${String(value)}"`, path, 'value', `"${String(value)}"`);
  }
  return make('invalid-type', `${the} must be ${wanted}, not ${describeValue(value)}`);
}

function patternError(path: readonly PathSegment[], value: unknown, the: string, make: Make): Problem {
  const field = fieldName(path);
  if (field === 'date') return make('invalid-date', `${the} must be a date written YYYY-MM-DD, e.g. 2026-11-22, not "${String(value)}"`);
  if (field === 'currency') {
    return make('invalid-value', `${the} must be a three-letter currency code such as EUR or USD, not "${String(value)}"`, path, 'value', String(value).toUpperCase().length === 3 ? String(value).toUpperCase() : undefined);
  }
  if (value === '') return make('invalid-id', `${the} is empty; an id uses lowercase letters, digits, - and _`);
  const slug = String(value)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|-+$/g, '');
  return make(
    'invalid-id',
    `${quote(String(value))} is not a valid id: use lowercase letters, digits, - and _, starting with a letter or digit`,
    path,
    'value',
    slug === '' ? undefined : slug,
  );
}

function isScoreField(path: readonly PathSegment[]): boolean {
  const field = fieldName(path);
  return field === 'importance' || field === 'severity';
}

function fieldName(path: readonly PathSegment[]): string {
  const last = [...path].reverse().find((segment) => typeof segment === 'string');
  return typeof last === 'string' ? last.replace(/_/g, ' ') : 'value';
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function capitalise(text: string): string {
  // Most messages start with a capital, a quote or a backquote already. Slicing would copy the
  // whole message into a string of its own (the list of allowed keys in each of 300,000
  // unknown-key messages: about 600 bytes apiece) instead of sharing its parts.
  const first = text.charAt(0);
  const upper = first.toUpperCase();
  if (upper === first) return text;
  return upper + text.slice(1);
}

/** `/a/0/b~1c` → ['a', 0, 'b/c']; one pass, called for each of up to millions of errors. */
function pointerSegments(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  const parts = pointer.slice(1).split('/');
  const path: PathSegment[] = [];
  for (const raw of parts) {
    const part = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    path.push(isDigits(part) ? Number(part) : part);
  }
  return path;
}

function isDigits(text: string): boolean {
  if (text === '') return false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    value = fieldOf(value, segment);
  }
  return value;
}
