// YAML text → one document with source positions, or problems saying why not.
// Never throws: every failure of the parser becomes a Problem with a line and column.
import { Composer, isMap, isScalar, LineCounter, Parser, visit, type Alias, type Document, type YAMLError } from 'yaml';
import type { Problem } from './problem.js';
import { MAX_ALIAS_COUNT, MAX_FLOW_DEPTH } from './limits.js';
import { NestingGuard } from './nesting-guard.js';
import { plainSyntaxMessage } from './syntax-messages.js';

export interface ParsedYaml {
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, as JSON would have it. */
  data: unknown;
}

export type ParseOutcome = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

export function parseYaml(text: string): ParseOutcome {
  const lineCounter = new LineCounter();
  const fail = (rule: string, message: string, offset = 0): ParseOutcome => {
    const { line, col } = offset > 0 ? lineCounter.linePos(offset) : { line: 1, col: 1 };
    return { ok: false, problems: [fileProblem(rule, message, line, col)] };
  };

  const content = text.replace(/^\uFEFF/, '');
  if (/^\s*$/.test(content)) return fail('empty-file', 'The file is empty; a canvas starts with `bmc: 1`');
  if (/^(\s|#.*|---|\.\.\.)*$/.test(content)) {
    return fail('empty-file', 'The file has only comments, no canvas in it; a canvas starts with `bmc: 1`');
  }

  const guard = new NestingGuard();
  let documents: Document.Parsed[];
  try {
    documents = composeDocuments(guard.tokens(text), lineCounter);
  } catch (error) {
    if (error instanceof RangeError) return fail('too-deeply-nested', 'The document is nested too deeply to read');
    return fail('yaml-syntax', `The YAML parser gave up: ${error instanceof Error ? error.message : error}`);
  }
  if (guard.violation) {
    return fail(
      'too-deeply-nested',
      `Brackets are nested more than ${MAX_FLOW_DEPTH} levels deep; a canvas needs only a few`,
      guard.violation.offset,
    );
  }
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
    // A real syntax error often makes the parser see phantom duplicate keys after it: drop them.
    const real = document.errors.filter((error) => error.code !== 'DUPLICATE_KEY');
    const shown = real.length > 0 ? real : document.errors;
    const duplicates = real.length > 0 ? new Map<number, DuplicateKey>() : duplicateKeys(document);
    // The parser often reports one mistake twice, in two ways, at one place: keep the first.
    const firstAtEachPlace = shown.filter((error, index) => index === 0 || error.pos[0] !== shown[index - 1]!.pos[0]);
    return { ok: false, problems: firstAtEachPlace.map((error) => syntaxProblem(error, lineCounter, duplicates)) };
  }

  if (!isMap(document.contents)) {
    const offset = document.contents?.range?.[0] ?? 0;
    return fail('not-a-mapping', 'A canvas is a mapping of keys (`bmc: 1`, `name: ...`), not a list or a single value', offset);
  }

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
      return fail('yaml-syntax', `The alias \`*${unresolved.source}\` names no anchor (\`&${unresolved.source}\`) defined before it`, unresolved.range?.[0] ?? 0);
    }
    return fail(
      'alias-limit',
      `The file uses anchored values (\`&name\`, \`*name\`) more than ${MAX_ALIAS_COUNT} times; this looks like a "billion laughs" attack, not a canvas`,
    );
  }
  return { ok: true, parsed: { document, lineCounter, data } };
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
 * the tokens can come through the nesting guard: the text is lexed once.
 */
function composeDocuments(tokens: Iterable<string>, lineCounter: LineCounter): Document.Parsed[] {
  const parser = new Parser(lineCounter.addNewLine);
  const composer = new Composer({ uniqueKeys: true, logLevel: 'error' });
  const documents: Document.Parsed[] = [];
  lineCounter.addNewLine(0);
  for (const token of tokens) {
    for (const node of parser.next(token)) for (const document of composer.next(node)) documents.push(document);
  }
  for (const node of parser.end()) for (const document of composer.next(node)) documents.push(document);
  for (const document of composer.end()) documents.push(document);
  return documents;
}

function fileProblem(rule: string, message: string, line: number, column: number): Problem {
  return { severity: 'error', rule, message, line, column, path: '' };
}

interface DuplicateKey {
  key: string;
  /** Offset of the first occurrence of the key in its mapping. */
  firstOffset: number;
}

/** Each repeated key of the document by the offset where it repeats: one walk of the tree. */
function duplicateKeys(document: Document.Parsed): Map<number, DuplicateKey> {
  const repeats = new Map<number, DuplicateKey>();
  visit(document, {
    Map(_key, map) {
      const first = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, pair.key.range[0]);
        else repeats.set(pair.key.range[0], { key, firstOffset: earlier });
      }
    },
  });
  return repeats;
}

function syntaxProblem(error: YAMLError, lineCounter: LineCounter, duplicates: ReadonlyMap<number, DuplicateKey>): Problem {
  const { line, col } = error.pos[0] >= 0 ? lineCounter.linePos(error.pos[0]) : { line: 1, col: 1 };
  if (/Maximum call stack/.test(error.message)) {
    return fileProblem('too-deeply-nested', 'The document is nested too deeply to read', 1, 1);
  }
  if (error.code === 'DUPLICATE_KEY') {
    const duplicate = duplicates.get(error.pos[0]);
    const message = duplicate
      ? `\`${shorten(duplicate.key)}\` appears twice in this mapping; the first is on line ${lineCounter.linePos(duplicate.firstOffset).line}`
      : 'This key appears twice in the same mapping';
    return fileProblem('duplicate-key', message, line, col);
  }
  return fileProblem('yaml-syntax', plainSyntaxMessage(error), line, col);
}

/** Keys are quoted in messages; a key of a thousand characters would drown the message. */
function shorten(text: string, limit = 60): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
