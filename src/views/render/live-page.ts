// The page `bmc render --serve` shows: the picture, a bar saying what it shows and when it was
// drawn, and the problems of the last save when it was invalid (the picture then stays the last
// good one). A small script of its own (served as /live.js, the only script the page's policy
// allows) listens to the server's events and swaps in each new picture without reloading.
// Nothing is fetched from anywhere but the bmc that serves it.
import { fullMessage, type Problem } from '../../load/problem.js';
import { sanitizeLine } from '../../terminal/sanitize.js';
import { escapeXml } from './escape.js';
import { htmlPage } from './html.js';

/** What the page shows; sent whole to the page on every change. */
export interface LiveState {
  /** Counts the pictures drawn: the page fetches the picture when this changes. */
  version: number;
  /** One line on what is shown: "Live: examples/plan.bmc.yaml, drawn at 10:32:05". */
  status: string;
  /** The last save's problems, as `file:line:col  error  message  rule`; empty when it drew. */
  problems: string[];
}

/** The page's script and the server's events, the only requests it makes. */
export const LIVE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; script-src 'self'; connect-src 'self'";

const LIVE_CSS = `
#bmc-live { max-width: 1600px; margin: 0 auto 12px; font-size: 14px; color: #1F1F1F; }
#bmc-live-status { margin: 0; color: #4A4A4A; }
#bmc-live-problems { margin: 8px 0 0; padding: 10px 14px 10px 34px; background: #FDECEA; border: 1px solid #E0A39B;
  border-radius: 6px; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; white-space: pre-wrap; }
#bmc-live-problems[hidden] { display: none; }
#bmc-live[data-state="invalid"] #bmc-live-status { color: #B3261E; font-weight: 700; }
@media print { #bmc-live { display: none; } }
`;

/** A picture in place of none yet: the canvas was invalid from the start. */
const NO_PICTURE = '<p id="bmc-live-empty">No picture yet: the canvas has problems. Fix them and save.</p>';

export function livePage(state: LiveState, picture: { title: string; svg: string } | undefined): string {
  const problems = state.problems.map((line) => `<li>${escapeXml(line)}</li>`).join('');
  return htmlPage({
    title: picture ? `${picture.title} (live)` : 'bmc render (live)',
    svg: picture?.svg ?? NO_PICTURE,
    contentSecurityPolicy: LIVE_POLICY,
    head: `<style>${LIVE_CSS}</style>\n<script src="/live.js" defer></script>\n`,
    beforePicture:
      `<div id="bmc-live" data-version="${state.version}" data-state="${state.problems.length > 0 ? 'invalid' : 'ok'}">` +
      `<p id="bmc-live-status">${escapeXml(state.status)}</p>` +
      `<ol id="bmc-live-problems"${state.problems.length > 0 ? '' : ' hidden'}>${problems}</ol></div>\n`,
  });
}

/** Each problem on one line, with where it is as editors and `bmc validate` give it. */
export function problemLines(file: string, problems: readonly Problem[]): string[] {
  return problems.map(
    (problem) => `${sanitizeLine(file)}:${problem.line}:${problem.column}  ${problem.severity}  ${sanitizeLine(fullMessage(problem))}  ${problem.rule}`,
  );
}

/**
 * The page's script: on each state from /events, fetch the new picture when there is one and
 * show the status and problems. Text goes in as text, never as markup.
 */
export const LIVE_SCRIPT = `'use strict';
(() => {
  const bar = document.getElementById('bmc-live');
  const status = document.getElementById('bmc-live-status');
  const list = document.getElementById('bmc-live-problems');
  const main = document.querySelector('main');
  let shown = Number(bar.dataset.version);
  let latest = shown;
  const show = (state) => {
    status.textContent = state.status;
    list.replaceChildren(...state.problems.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }));
    list.hidden = state.problems.length === 0;
    bar.dataset.state = state.problems.length > 0 ? 'invalid' : 'ok';
  };
  const events = new EventSource('/events');
  events.addEventListener('state', async (event) => {
    const state = JSON.parse(event.data);
    latest = state.version;
    if (state.version !== shown) {
      const response = await fetch('/picture.svg?version=' + state.version, { cache: 'no-store' });
      if (!response.ok || latest !== state.version) return;
      main.innerHTML = await response.text();
      shown = state.version;
      bar.dataset.version = String(shown);
    }
    show(state);
  });
  events.addEventListener('error', () => {
    if (events.readyState !== EventSource.OPEN) status.textContent = 'Not connected to bmc render --serve: it stopped, or is restarting.';
  });
})();
`;
