// SARIF 2.1.0, the format GitHub code scanning reads to show problems inline in pull requests.
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fullMessage, problemFails, type FileReport } from '../../load/problem.js';
import { ruleInfo } from '../../check/rules.js';
import { VERSION } from '../../generated/version.js';
import type { ValidationFormatOptions } from './options.js';

export function formatSarif(reports: readonly FileReport[], options: ValidationFormatOptions): string {
  const ruleIds = [...new Set(reports.flatMap((report) => report.problems.map((problem) => problem.rule)))].sort();
  const rules = ruleIds.map((id) => {
    const info = ruleInfo(id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
      shortDescription: { text: info.summary },
      help: { text: info.help },
      defaultConfiguration: { level: info.severity },
    };
  });
  const results = reports.flatMap((report) =>
    report.problems.map((problem) => ({
      ruleId: problem.rule,
      ruleIndex: ruleIds.indexOf(problem.rule),
      // With --strict a warning fails the run, so it is reported as an error.
      level: problemFails(problem, options.strict) ? 'error' : 'warning',
      message: { text: fullMessage(problem) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(report.file),
            region: { startLine: problem.line, startColumn: problem.column },
          },
          ...(problem.path === '' ? {} : { logicalLocations: [{ fullyQualifiedName: problem.path }] }),
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'bmc', version: VERSION, semanticVersion: VERSION, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** SARIF wants URI references: forward slashes, and characters like spaces percent-encoded. */
function toUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((part) => encodeURIComponent(part))
    .join('/');
}

/**
 * Where a file is: relative to the checkout root (%SRCROOT%, the folder bmc runs in) when it is
 * inside it, as GitHub code scanning expects; otherwise an absolute file: URI.
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(file);
  const inside = relative(process.cwd(), absolute);
  if (!inside.startsWith('..') && !isAbsolute(inside)) return { uri: toUri(inside), uriBaseId: '%SRCROOT%' };
  return { uri: pathToFileURL(absolute).href };
}
