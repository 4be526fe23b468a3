// Draws the Value Proposition Canvas of a segment as one self-contained SVG, with the same
// style sheet, fonts, notes and text as the canvas view (svg.ts) and the same rules: nothing
// fetched, no scripts, no filters; circles, lines and cubic curves only.
import { PROFILE_CREDIT } from '../credit.js';
import { chip, n, noteArea, pictureEnd, pictureStart, STYLE, text, type SvgOptions } from '../svg.js';
import { BLOCK_FRAME } from '../theme.js';
import { connectorPath, CONNECTOR, DIVIDER } from './theme.js';
import type { ProfileLayout } from './layout.js';
import { MARK_COLORS } from './layout.js';

const PROFILE_STYLE = [
  `.bmc-canvas .profile-shape { fill: ${BLOCK_FRAME.fill}; stroke: ${BLOCK_FRAME.stroke}; stroke-width: ${BLOCK_FRAME.strokeWidth * 1.5}; }`,
  `.bmc-canvas .divider { stroke: ${DIVIDER.stroke}; stroke-width: ${DIVIDER.strokeWidth}; }`,
  `.bmc-canvas .connector { fill: none; stroke-width: ${CONNECTOR.strokeWidth}; stroke-opacity: ${CONNECTOR.opacity}; }`,
  `.bmc-canvas .connector.pain { stroke: ${MARK_COLORS.pain}; }`,
  `.bmc-canvas .connector.gain { stroke: ${MARK_COLORS.gain}; }`,
  '',
].join('\n');

export function renderProfileSvg(layout: ProfileLayout, options: SvgOptions = {}): string {
  const { square, circle } = layout;
  return [
    ...pictureStart(layout, { classes: 'bmc-canvas bmc-profile', kind: 'Value Proposition Canvas', style: STYLE + PROFILE_STYLE }, options),
    '<g class="header">\n',
    ...layout.chips.map((layout) => chip(layout)),
    ...layout.header.map((line) => text(line)),
    ...layout.captions.map((line) => text(line)),
    '</g>\n',
    `<rect class="profile-shape value-map" x="${n(square.x)}" y="${n(square.y)}" width="${n(square.width)}" height="${n(square.height)}" rx="${BLOCK_FRAME.radius}"/>\n`,
    `<circle class="profile-shape customer-profile" cx="${n(circle.cx)}" cy="${n(circle.cy)}" r="${n(circle.r)}"/>\n`,
    ...layout.dividers.map(
      (divider) => `<line class="divider" x1="${n(divider.from.x)}" y1="${n(divider.from.y)}" x2="${n(divider.to.x)}" y2="${n(divider.to.y)}"/>\n`,
    ),
    '<g class="connectors">\n',
    ...layout.connectors.map((connector) => {
      const path = connectorPath(connector);
      const d = `M${n(path.from.x)} ${n(path.from.y)}C${n(path.c1.x)} ${n(path.c1.y)} ${n(path.c2.x)} ${n(path.c2.y)} ${n(path.to.x)} ${n(path.to.y)}`;
      return (
        `<path class="connector ${connector.kind}" d="${d}"/>\n` +
        [path.from, path.to].map((end) => `<circle cx="${n(end.x)}" cy="${n(end.y)}" r="${CONNECTOR.dot}" fill="${MARK_COLORS[connector.kind]}"/>\n`).join('')
      );
    }),
    '</g>\n',
    ...layout.sections.map((section) => `<g class="block section" data-section="${section.key}">\n${noteArea(section)}</g>\n`),
    pictureEnd(PROFILE_CREDIT.licenceUrl, layout.credit),
  ].join('');
}
