// YAML text → one document with source positions, or problems saying why not.
// Never throws: every failure of the parser becomes a Problem with a line and column.
import { isMap, LineCounter, parseAllDocuments, visit, type Alias, type Document, type YAMLError } from 'yaml';
import type { Problem } from '../check/problem.js';
import { findExcessiveNesting, MAX_FLOW_DEPTH } from './nesting-guard.js';

/**
 * Aliases expand on conversion; past this many expansions it is a "billion laughs" attack, not a
 * canvas. High enough for honest reuse (`segments: *both` a few hundred times).
 */
export const MAX_ALIAS_COUNT = 1000;

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

  if (isBlank(text)) return fail('empty-file', 'The file is empty; a canvas starts with `bmc: 1`');

  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) {
    indexLines(lineCounter, text);
    return fail(
      'too-deeply-nested',
      `Brackets are nested more than ${MAX_FLOW_DEPTH} levels deep; a canvas needs only a few`,
      tooDeep.offset,
    );
  }

  let documents: Document.Parsed[];
  try {
    const all = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: true, logLevel: 'error' });
    documents = Array.isArray(all) ? all : [];
  } catch (error) {
    return fail('yaml-syntax', `The YAML parser gave up: ${error instanceof Error ? error.message : error}`);
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
    return { ok: false, problems: (real.length > 0 ? real : document.errors).map(syntaxProblem) };
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
      `The file expands aliases (*name) more than ${MAX_ALIAS_COUNT} times; this looks like a "billion laughs" attack, not a canvas`,
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

function isBlank(text: string): boolean {
  return /^(\s|#.*|---|\.\.\.)*$/.test(text.replace(/^\uFEFF/, ''));
}

function indexLines(lineCounter: LineCounter, text: string): void {
  lineCounter.addNewLine(0);
  let offset = text.indexOf('\n');
  while (offset !== -1) {
    lineCounter.addNewLine(offset + 1);
    offset = text.indexOf('\n', offset + 1);
  }
}

function fileProblem(rule: string, message: string, line: number, column: number): Problem {
  return { severity: 'error', rule, message, line, column, path: '' };
}

// The parser's own words are precise for most errors; these two deserve plainer ones.
const SYNTAX_MESSAGES: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'This key appears twice in the same mapping; the second would silently replace the first',
  TAB_AS_INDENT: 'Tabs are not allowed for indentation in YAML; indent with spaces',
};

function syntaxProblem(error: YAMLError): Problem {
  const [position] = error.linePos ?? [];
  if (/Maximum call stack/.test(error.message)) {
    return { severity: 'error', rule: 'too-deeply-nested', message: 'The document is nested too deeply to read', line: 1, column: 1, path: '' };
  }
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const friendly = SYNTAX_MESSAGES[error.code];
  return {
    severity: 'error',
    rule: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
    message: friendly ?? `YAML syntax error: ${detail}`,
    line: position?.line ?? 1,
    column: position?.col ?? 1,
    path: '',
  };
}
