// JUnit XML, which GitLab, Jenkins and Azure Pipelines show as test results: one test suite per
// file, one failing test case per error, and one passing case for a file without problems.
import { failureCount, fullMessage, problemFails, type FileReport, type Problem } from '../../load/problem.js';
import type { ValidationFormatOptions } from './options.js';
import { escapeXmlAttribute, escapeXmlText } from '../text/xml.js';

export function formatJunit(reports: readonly FileReport[], options: ValidationFormatOptions): string {
  const suites = reports.map((report) => {
    const failures = failureCount(report.problems, options.strict);
    const cases =
      report.problems.length === 0
        ? [`    <testcase classname="${attr(report.file)}" name="valid canvas"/>`]
        : report.problems.map((problem) => testCase(report.file, problem, problemFails(problem, options.strict)));
    return [
      `  <testsuite name="${attr(report.file)}" tests="${Math.max(1, report.problems.length)}" failures="${failures}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const tests = reports.reduce((sum, report) => sum + Math.max(1, report.problems.length), 0);
  const failures = reports.reduce((sum, report) => sum + failureCount(report.problems, options.strict), 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="bmc validate" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function testCase(file: string, problem: Problem, fails: boolean): string {
  const name = `${problem.line}:${problem.column} ${problem.rule}${problem.path ? ` at ${problem.path}` : ''}`;
  const open = `    <testcase classname="${attr(file)}" name="${attr(name)}">`;
  const detail = text(`${file}:${problem.line}:${problem.column}: ${problem.severity}: ${fullMessage(problem)} (${problem.rule})`);
  const body = fails
    ? `      <failure message="${attr(fullMessage(problem))}" type="${attr(problem.rule)}">${detail}</failure>`
    : `      <system-out>${detail}</system-out>`;
  return `${open}\n${body}\n    </testcase>`;
}

// Characters XML 1.0 forbids even when escaped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function text(value: string): string {
  return escapeXmlText(value.replace(FORBIDDEN, ''));
}

/** Attribute values: newlines and tabs kept as character references. */
export function attr(value: string): string {
  return escapeXmlAttribute(value.replace(FORBIDDEN, ''));
}
