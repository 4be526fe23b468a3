// The GitHub Action's `diff-comment` step: posts, on the pull request, what changed in each
// business model the pull request touches (`bmc diff --format markdown` of every changed
// *.bmc.yaml between the base commit and HEAD). Runs git, node and gh with arguments, never
// through a shell.
//
// Environment (set by Actions, or by hand to try it):
//   GITHUB_EVENT_PATH  the event JSON; a pull_request event gives the number and base commit
//   BMC_DIFF_BASE      the base commit, instead of the event's pull_request.base.sha
//   BMC_PR_NUMBER      the pull request, instead of the event's pull_request.number
//   GITHUB_REPOSITORY  owner/name, for gh
//   GH_TOKEN           the token gh posts with (the Action passes its `github-token` input)
//   BMC_DRY_RUN=1      print the comment instead of posting it
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/bmc.cjs', import.meta.url));
/** GitHub refuses comments longer than 65,536 characters. */
const MAX_COMMENT = 65_000;
const MARKER = '<!-- bmc diff -->';

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function pullRequest() {
  let event = {};
  if (process.env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the event at ${process.env.GITHUB_EVENT_PATH}: ${error.message}`);
    }
  }
  const number = process.env.BMC_PR_NUMBER || event.pull_request?.number;
  const base = process.env.BMC_DIFF_BASE || event.pull_request?.base?.sha;
  return number && base ? { number: String(number), base } : undefined;
}

/** Makes sure the base commit is here: a shallow checkout (the default) does not have it. */
function ensureCommit(sha) {
  if (spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`]).status === 0) return;
  git('fetch', '--no-tags', '--depth=1', 'origin', sha);
}

/** [status, path] for every canvas the pull request adds (A), deletes (D) or modifies (M). */
function changedCanvases(base) {
  const fields = git('diff', '--name-status', '--no-renames', '-z', base, 'HEAD', '--', '*.bmc.yaml').split('\0').filter(Boolean);
  const changes = [];
  for (let index = 0; index + 1 < fields.length; index += 2) changes.push([fields[index][0], fields[index + 1]]);
  return changes;
}

function codeSpan(text) {
  return `\`${text.replace(/`/g, "'")}\``;
}

function sectionFor(status, path, base) {
  if (status === 'A') return `### ${codeSpan(path)}\n\nA new canvas.\n`;
  if (status === 'D') return `### ${codeSpan(path)}\n\nThe canvas was removed.\n`;
  const result = spawnSync(process.execPath, [BIN, 'diff', '--format', 'markdown', `${base}:${path}`, path], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status === 0) return `### ${codeSpan(path)}\n\nNo change to the business model (only formatting, comments or order).\n`;
  if (result.status === 1) return result.stdout;
  return `### ${codeSpan(path)}\n\nbmc could not compare the two versions:\n\n\`\`\`\n${(result.stderr || result.error?.message || '').trim()}\n\`\`\`\n`;
}

function commentBody(base, changes) {
  const short = git('rev-parse', '--short', base).trim();
  const sections = changes.map(([status, path]) => sectionFor(status, path, short));
  let body = `${MARKER}\n## Business model changes\n\n${sections.join('\n')}`;
  if (body.length > MAX_COMMENT) {
    body = `${body.slice(0, MAX_COMMENT)}\n\n… (cut: run \`bmc diff ${short}:<file> <file>\` for the rest)\n`;
  }
  return body;
}

function main() {
  const pr = pullRequest();
  if (!pr) {
    console.log('bmc diff-comment: not a pull request, nothing to comment on');
    return 0;
  }
  ensureCommit(pr.base);
  const changes = changedCanvases(pr.base);
  if (changes.length === 0) {
    console.log('bmc diff-comment: no *.bmc.yaml file changed in this pull request');
    return 0;
  }
  const body = commentBody(pr.base, changes);
  if (process.env.BMC_DRY_RUN === '1') {
    process.stdout.write(body);
    return 0;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'bmc-diff-comment-')), 'comment.md');
  writeFileSync(file, body);
  const args = ['pr', 'comment', pr.number, '--body-file', file];
  if (process.env.GITHUB_REPOSITORY) args.push('--repo', process.env.GITHUB_REPOSITORY);
  const posted = spawnSync('gh', args, { stdio: 'inherit' });
  if (posted.error) {
    console.error(`bmc diff-comment: cannot run gh: ${posted.error.message}`);
    return 1;
  }
  if (posted.status !== 0) {
    console.error(`bmc diff-comment: gh pr comment failed (exit ${posted.status})`);
    return 1;
  }
  console.log(`bmc diff-comment: commented on pull request #${pr.number} (${changes.length} canvas${changes.length === 1 ? '' : 'es'})`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`bmc diff-comment: ${(error.stderr?.toString() || error.message).trim()}`);
  process.exitCode = 1;
}
