// The live page: its policy allows its own script and the server's events and nothing else;
// problems are shown as text, never as markup; the picture's place says when there is none.
import { describe, expect, it } from 'vitest';
import { LIVE_POLICY, LIVE_SCRIPT, livePage, problemLines } from './live-page.js';

describe('livePage', () => {
  it('carries the picture, its version and the status, and a policy that fetches only from bmc', () => {
    const page = livePage({ version: 3, status: 'Live: plan.bmc.yaml, drawn at 10:00:00 in 90 ms', problems: [] }, { title: 'Plan — Business Model Canvas', svg: '<svg class="bmc-canvas"></svg>' });
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${LIVE_POLICY}">`);
    expect(LIVE_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; font-src data:; script-src 'self'; connect-src 'self'");
    expect(page).toContain('<title>Plan — Business Model Canvas (live)</title>');
    expect(page).toContain('<div id="bmc-live" data-version="3" data-state="ok">');
    expect(page).toContain('<ol id="bmc-live-problems" hidden></ol>');
    expect(page).toContain('<main>\n<svg class="bmc-canvas"></svg></main>');
    expect(page).toContain('<script src="/live.js" defer></script>');
  });

  it('lists problems as text, file:line:col first, and says when there is no picture yet', () => {
    const lines = problemLines('plan.bmc.yaml', [
      { severity: 'error', rule: 'invalid-enum', message: '`<b>nich</b>` is not a valid type', line: 12, column: 11, path: 'customer_segments[0].type' },
    ]);
    expect(lines).toEqual(['plan.bmc.yaml:12:11  error  `<b>nich</b>` is not a valid type  invalid-enum']);
    const page = livePage({ version: 0, status: 'plan.bmc.yaml has problems', problems: lines }, undefined);
    expect(page).toContain('<div id="bmc-live" data-version="0" data-state="invalid">');
    expect(page).toContain('<li>plan.bmc.yaml:12:11  error  `&lt;b&gt;nich&lt;/b&gt;` is not a valid type  invalid-enum</li>');
    expect(page).not.toContain('<b>nich');
    expect(page).toContain('No picture yet: the canvas has problems.');
  });

  it('puts text into the page with textContent only', () => {
    expect(LIVE_SCRIPT).not.toMatch(/insertAdjacentHTML|document\.write|eval\(/);
    // The one innerHTML is the picture bmc itself drew, fetched from bmc.
    expect(LIVE_SCRIPT.match(/innerHTML/g)).toHaveLength(1);
  });
});
