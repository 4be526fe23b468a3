// Canvas text goes into SVG and HTML as text, never as markup: every character that could
// start a tag, an entity or end an attribute is escaped, and characters XML forbids are
// replaced so one stray control character cannot make the whole file unreadable.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Characters not allowed in XML 1.0 (controls other than tab, newline and carriage return,
 * lone surrogates, U+FFFE and U+FFFF). Browsers refuse an SVG file that contains one.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe in XML and HTML content and in double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
