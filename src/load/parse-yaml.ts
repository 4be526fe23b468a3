// YAML text → one document with source positions, or problems saying why not.
// Never throws: every failure of the parser becomes a Problem with a line and column.
import { Composer, isMap, Lexer, isPair, isScalar, isSeq, LineCounter, Parser, visit, type Alias, type Document, type YAMLError } from 'yaml';
import type { Problem } from './problem.js';
import { pinAliasTargets } from './alias-targets.js';
import { formatNumber } from '../format/numbers.js';
import { findExcessFlowCollection } from './flow-collections.js';
import { MAX_ALIAS_COUNT, MAX_FLOW_COLLECTIONS, MAX_FLOW_DEPTH } from './limits.js';
import { countLines } from './line-starts.js';
import { NestingGuard, type DepthViolation } from './nesting-guard.js';
import { SourceLocator, type Locator } from './locate.js';
import { PlainLocator, type RepeatedKey } from './plain-positions.js';
import { readPlainYaml, type PlainDocument } from './plain-reader.js';
import { NOT_PLAIN, plainData } from './plain-data.js';
import { plainSyntaxMessage } from './syntax-messages.js';

export interface ParsedYaml {
  /** The plain data, as JSON would have it. */
  data: unknown;
  locator: Locator;
  /** yaml's document, for editing in place: there when asked for, or when yaml read the text. */
  document?: Document.Parsed;
}

export interface ParseOptions {
  /** Read with yaml even when bmc's own reader could: edits need yaml's document. */
  document?: boolean;
}

export type ParseOutcome = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

/** A file-level problem at `offset` (line 1, column 1 without one), as the outcome. */
type Fail = (rule: string, message: string, offset?: number) => ParseOutcome;

export function parseYaml(text: string, options: ParseOptions = {}): ParseOutcome {
  // yaml's line counter, made only when a problem needs a line or yaml reads the text: a canvas
  // that bmc's own reader takes whole never loads yaml at all (a bundle of its own, see
  // scripts/build.mjs).
  let lineCounter: LineCounter | undefined;
  const lines = (): LineCounter => (lineCounter ??= new LineCounter());
  const fail: Fail = (rule, message, offset = 0) => {
    const { line, col } = offset > 0 ? lines().linePos(offset) : { line: 1, col: 1 };
    return { ok: false, problems: [fileProblem(rule, message, line, col)] };
  };

  const content = text.replace(/^\uFEFF/, '');
  if (/^\s*$/.test(content)) return fail('empty-file', 'The file is empty; a canvas starts with `bmc: 1`');
  if (/^(\s|#.*|---|\.\.\.)*$/.test(content)) {
    return fail('empty-file', 'The file has only comments, no canvas in it; a canvas starts with `bmc: 1`');
  }

  const excess = findExcessFlowCollection(text);
  if (excess !== undefined) {
    // The parser has not run, so the line counter knows no lines yet.
    countLines(text, lines());
    const limit = formatNumber(MAX_FLOW_COLLECTIONS);
    return fail('too-many-collections', `This file has more than ${limit} lists and mappings in brackets; bmc reads at most ${limit} (a canvas needs far fewer)`, excess);
  }

  // The common case: bmc's own reader, which makes only the data and its positions.
  if (!options.document) {
    const plain = readPlainYaml(text);
    if (plain) return plainOutcome(plain, lines, fail);
  }

  return parseWithYaml(text, content, lines(), fail);
}

/** The general way: yaml's parser, for whatever bmc's own reader does not take, and for edits. */
function parseWithYaml(text: string, content: string, lineCounter: LineCounter, fail: Fail): ParseOutcome {
  const guard = new NestingGuard();
  let documents: Document.Parsed[];
  try {
    documents = composeDocuments(text, guard, lineCounter);
  } catch (error) {
    if (error instanceof RangeError) return fail('too-deeply-nested', 'The document is nested too deeply to read');
    return fail('yaml-syntax', `The YAML parser gave up: ${error instanceof Error ? error.message : error}`);
  }
  if (guard.violation) return fail('too-deeply-nested', nestingMessage(guard.violation), guard.violation.offset);
  if (documents.length === 0) return fail('empty-file', 'The file has no YAML document; a canvas starts with `bmc: 1`');
  if (documents.length > 1) {
    return fail(
      'multiple-documents',
      `The file holds ${documents.length} YAML documents (separated by ---); put each canvas in its own file`,
      documents[1]!.range[0],
    );
  }
  const document = documents[0]!;
  if (document.errors.length > 0) {
    // The parser often reports one mistake twice, in two ways, at one place: keep the first.
    const errors = document.errors;
    const firstAtEachPlace = errors.filter((error, index) => index === 0 || error.pos[0] !== errors[index - 1]!.pos[0]);
    return { ok: false, problems: firstAtEachPlace.map((error) => syntaxProblem(error, lineCounter)) };
  }
  // The common case, one walk for the data and the check of repeated keys; anything unusual goes
  // the general way below.
  if (isMap(document.contents)) {
    const data = plainData(document.contents);
    if (data !== NOT_PLAIN) return { ok: true, parsed: { document, data, locator: new SourceLocator(document, lineCounter) } };
  }
  // Looked for only once the syntax is sound: a real syntax error often makes phantom duplicates after it.
  const duplicates = duplicateKeys(document);
  if (duplicates.length > 0) return { ok: false, problems: duplicates.map((duplicate) => duplicateProblem(duplicate, lineCounter)) };

  if (!isMap(document.contents)) {
    const offset = document.contents?.range?.[0] ?? 0;
    return fail('not-a-mapping', 'A canvas is a mapping of keys (`bmc: 1`, `name: ...`), not a list or a single value', offset);
  }

  // An alias starts with `*`: a file without one skips the walk.
  if (content.includes('*')) pinAliasTargets(document);
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError) {
      return fail('too-deeply-nested', 'The document is nested too deeply to read');
    }
    // Looked for only now: walking every file's tree for it would slow down the common case.
    const unresolved = firstUnresolvedAlias(document);
    if (unresolved) {
      return fail('yaml-syntax', noAnchorMessage(unresolved.source), unresolved.range?.[0] ?? 0);
    }
    return fail(
      'alias-limit',
      `The file uses anchored values (\`&name\`, \`*name\`) more than ${MAX_ALIAS_COUNT} times; this looks like a "billion laughs" attack, not a canvas`,
    );
  }
  return { ok: true, parsed: { document, data, locator: new SourceLocator(document, lineCounter) } };
}

/** What bmc's own reader made of the text: its data, or the problems it reports itself. */
function plainOutcome(plain: PlainDocument, lines: () => LineCounter, fail: Fail): ParseOutcome {
  const { hasRepeatedKeys, unresolvedAlias } = plain;
  if (!hasRepeatedKeys && !unresolvedAlias) {
    return { ok: true, parsed: { data: plain.data, locator: new PlainLocator(plain.text, plain.positions, plain.root) } };
  }
  // Problems need lines; a valid canvas never counts them.
  const lineCounter = lines();
  countLines(plain.text, lineCounter);
  if (hasRepeatedKeys) {
    const repeated = plain.positions.repeatedKeys().sort((a, b) => a.offset - b.offset);
    return { ok: false, problems: repeated.map((duplicate) => duplicateProblem(duplicate, lineCounter)) };
  }
  return fail('yaml-syntax', noAnchorMessage(unresolvedAlias!.name), unresolvedAlias!.offset);
}

function noAnchorMessage(name: string): string {
  return `The alias \`*${name}\` names no anchor (\`&${name}\`) defined before it`;
}

function nestingMessage(violation: DepthViolation): string {
  if (violation.token === '-') return `Lists are nested more than ${MAX_FLOW_DEPTH} levels deep on one line (\`- - - …\`); a canvas needs only a few`;
  if (violation.token === '?') return `Keys are nested more than ${MAX_FLOW_DEPTH} levels deep on one line (\`? ? ? …\`); a canvas needs only a few`;
  return `Brackets are nested more than ${MAX_FLOW_DEPTH} levels deep; a canvas needs only a few`;
}

function firstUnresolvedAlias(document: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(document, {
    Alias(_key, node) {
      if (node.resolve(document) !== undefined) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/**
 * The parser (lexer → CST → documents) driven token by token, as `parseAllDocuments` does, so
 * the tokens can come through the nesting guard: the text is lexed once. (The guard is asked
 * here rather than wrapping the lexer in a generator of its own: a generator step per token is
 * most of a second on a 10 MiB file.)
 */
function composeDocuments(text: string, guard: NestingGuard, lineCounter: LineCounter): Document.Parsed[] {
  const parser = new Parser(lineCounter.addNewLine);
  // yaml's own check of unique keys compares each key with every earlier key of its mapping:
  // quadratic, minutes on a mapping of a few hundred thousand keys. duplicateKeys does it in one pass.
  const composer = new Composer({ uniqueKeys: false, logLevel: 'error' });
  const documents: Document.Parsed[] = [];
  lineCounter.addNewLine(0);
  for (const token of new Lexer().lex(text)) {
    if (!guard.admit(token)) break;
    for (const node of parser.next(token)) for (const document of composer.next(node)) documents.push(document);
  }
  for (const node of parser.end()) for (const document of composer.next(node)) documents.push(document);
  for (const document of composer.end()) documents.push(document);
  return documents;
}

function fileProblem(rule: string, message: string, line: number, column: number): Problem {
  return { severity: 'error', rule, message, line, column, path: '' };
}

/**
 * Each repeated scalar key of the document, in one pass over the tree, in the order yaml's own
 * check (uniqueKeys) would report them: a key of a block mapping is checked before its value is
 * read, one of a flow mapping after. Keys are equal as yaml compares them: scalar values by ===.
 * The walk keeps its own stack of collections (one frame each, nothing per scalar), so block
 * nesting of any depth the parser accepted is fine.
 */
function duplicateKeys(document: Document.Parsed): RepeatedKey[] {
  const found: RepeatedKey[] = [];
  interface Frame {
    items: readonly unknown[];
    /** The keys seen so far, when the collection is a mapping. */
    seen: Map<unknown, number> | undefined;
    flow: boolean;
    index: number;
    /** Within a pair: 0 before its key, 1 before its value, 2 after its value. */
    step: 0 | 1 | 2;
  }
  const check = (frame: Frame, key: unknown): void => {
    if (!isScalar(key) || !key.range) return;
    const value = key.value;
    // NaN (`.nan`) equals nothing, not even itself, in yaml's comparison.
    if (typeof value === 'number' && Number.isNaN(value)) return;
    const earlier = frame.seen!.get(value);
    if (earlier === undefined) frame.seen!.set(value, key.range[0]);
    else found.push({ key: String(value), offset: key.range[0], firstOffset: earlier });
  };
  const frameOf = (node: unknown): Frame | undefined => {
    if (isMap(node)) return { items: node.items, seen: new Map(), flow: Boolean(node.flow), index: 0, step: 0 };
    // A sequence, or the pairs of a YAML 1.1 `!!pairs` or `!!omap` list.
    if (isSeq(node)) return { items: node.items, seen: undefined, flow: false, index: 0, step: 0 };
    return undefined;
  };
  const stack: Frame[] = [];
  const root = frameOf(document.contents);
  if (root) stack.push(root);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.items.length) {
      stack.pop();
      continue;
    }
    const item = frame.items[frame.index];
    if (!isPair(item)) {
      // An item of a sequence.
      frame.index += 1;
      const inner = frameOf(item);
      if (inner) stack.push(inner);
      continue;
    }
    if (frame.step === 0) {
      frame.step = 1;
      const inner = frameOf(item.key);
      if (inner) {
        stack.push(inner);
        continue;
      }
    }
    if (frame.step === 1) {
      frame.step = 2;
      if (frame.seen && !frame.flow) check(frame, item.key);
      const inner = frameOf(item.value);
      if (inner) {
        stack.push(inner);
        continue;
      }
    }
    if (frame.seen && frame.flow) check(frame, item.key);
    frame.index += 1;
    frame.step = 0;
  }
  return found;
}

function duplicateProblem(duplicate: RepeatedKey, lineCounter: LineCounter): Problem {
  const { line, col } = lineCounter.linePos(duplicate.offset);
  const first = lineCounter.linePos(duplicate.firstOffset).line;
  return fileProblem('duplicate-key', `\`${shorten(duplicate.key)}\` appears twice in this mapping; the first is on line ${first}`, line, col);
}

function syntaxProblem(error: YAMLError, lineCounter: LineCounter): Problem {
  const { line, col } = error.pos[0] >= 0 ? lineCounter.linePos(error.pos[0]) : { line: 1, col: 1 };
  if (/Maximum call stack/.test(error.message)) {
    return fileProblem('too-deeply-nested', 'The document is nested too deeply to read', 1, 1);
  }
  return fileProblem('yaml-syntax', plainSyntaxMessage(error), line, col);
}

/** Keys are quoted in messages; a key of a thousand characters would drown the message. */
function shorten(text: string, limit = 60): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
