// The Value Proposition Canvas of a segment as a one-page PDF, drawn from the same layout as
// its SVG with the canvas view's pdfkit primitives (../pdf.ts): real, selectable text in the
// fonts it was measured with.
import { PROFILE_CREDIT } from '../credit.js';
import type { PageSize } from '../formats.js';
import { drawChip, drawNote, startPage, text } from '../pdf.js';
import { BLOCK_FRAME, PAGE_FILL } from '../theme.js';
import { MARK_COLORS, type ProfileLayout } from './layout.js';
import { CONNECTOR, connectorPath, DIVIDER } from './theme.js';

export function renderProfilePdf(layout: ProfileLayout, page: PageSize = 'a4'): Promise<Buffer> {
  const { doc, done } = startPage(page, layout, 'Value Proposition Canvas');

  doc.rect(0, 0, layout.width, layout.height).fill(PAGE_FILL);
  for (const chip of layout.chips) drawChip(doc, chip, false);
  for (const line of [...layout.header, ...layout.captions]) text(doc, line);

  const { square, circle } = layout;
  doc.roundedRect(square.x, square.y, square.width, square.height, BLOCK_FRAME.radius);
  doc.lineWidth(BLOCK_FRAME.strokeWidth * 1.5).fillAndStroke(BLOCK_FRAME.fill, BLOCK_FRAME.stroke);
  doc.circle(circle.cx, circle.cy, circle.r);
  doc.lineWidth(BLOCK_FRAME.strokeWidth * 1.5).fillAndStroke(BLOCK_FRAME.fill, BLOCK_FRAME.stroke);
  for (const divider of layout.dividers) {
    doc.moveTo(divider.from.x, divider.from.y).lineTo(divider.to.x, divider.to.y).lineWidth(DIVIDER.strokeWidth).stroke(DIVIDER.stroke);
  }

  for (const connector of layout.connectors) {
    const path = connectorPath(connector);
    const color = MARK_COLORS[connector.kind];
    doc
      .moveTo(path.from.x, path.from.y)
      .bezierCurveTo(path.c1.x, path.c1.y, path.c2.x, path.c2.y, path.to.x, path.to.y)
      .lineWidth(CONNECTOR.strokeWidth)
      .strokeColor(color, CONNECTOR.opacity)
      .stroke();
    for (const end of [path.from, path.to]) doc.circle(end.x, end.y, CONNECTOR.dot).fillColor(color, 1).fill();
  }
  doc.strokeOpacity(1);

  for (const section of layout.sections) {
    for (const line of section.heading) text(doc, line);
    if (section.empty) text(doc, section.empty);
    for (const note of section.notes) drawNote(doc, note);
    if (section.more) text(doc, section.more);
  }
  text(doc, layout.credit);
  const box = layout.credit.box;
  doc.link(box.x, box.y, box.width, box.height, PROFILE_CREDIT.licenceUrl);
  doc.end();
  return done;
}
