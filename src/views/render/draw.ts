// A checked canvas in, the picture out, in any of the four formats. The render command loads
// this as a bundle of its own (font metrics, layout), so no other command pays for it.
import type { Canvas } from '../../format/canvas.js';
import { showInvisibleDeep } from './escape.js';
import { renderHtml } from './html.js';
import { layoutCanvas } from './layout.js';
import { renderSvg } from './svg.js';
import type { DrawOptions, RenderFormat } from './formats.js';

export async function drawCanvas(canvas: Canvas, format: RenderFormat, options: DrawOptions): Promise<string | Uint8Array> {
  // Controls and bidi overrides become visible escapes before layout, so that lines are
  // measured and wrapped as they will be drawn.
  const layout = layoutCanvas(showInvisibleDeep(canvas), options.segment === undefined ? {} : { segment: options.segment });
  switch (format) {
    case 'html':
      return renderHtml(layout);
    case 'svg':
      return renderSvg(layout, { standalone: true });
    case 'png': {
      // resvg is a native module: loaded only when a PNG is asked for.
      const { renderPng } = await import('./png.js');
      return renderPng(layout, { ...(options.scale === undefined ? {} : { scale: options.scale }), ...(options.width === undefined ? {} : { width: options.width }) });
    }
    case 'pdf': {
      const { renderPdf } = await import('./pdf.js');
      return renderPdf(layout, options.page);
    }
  }
}
