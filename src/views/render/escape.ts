// Canvas text goes into SVG and HTML as text, never as markup: every character that could
// start a tag, an entity or end an attribute is escaped. Characters that would act rather than
// show are made visible as escapes such as `\x01` or `\u202E`, as on the terminal
// (src/terminal/sanitize.ts): controls XML forbids (one would make the whole file unreadable),
// and the bidirectional overrides, embeddings and isolates that can make text display in
// another order than it has ("evil" drawn as "live", the "Trojan Source" trick). The marks
// (LRM, RLM, ALM) stay as they are, invisible: right-to-left writers need them to settle
// where a number or a full stop goes, and like any letter of their direction (bidi.ts reads
// them as such) they can never turn the letters of a word around.

import { mapStringsDeep, visibleEscape } from '../../terminal/sanitize.js';
import { escapeXmlText } from '../text/xml.js';


/**
 * What may not reach a picture as it is: C0 controls other than tab, newline and carriage
 * return, DEL and C1 controls, bidi embeddings, overrides and isolates, U+FFFE and U+FFFF,
 * and lone surrogates.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with every control and bidi override, embedding or isolate shown as a visible escape; all else unchanged. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, visibleEscape);
}

/**
 * Every string inside `value` passed through showInvisible; the shape is kept. Used on a
 * canvas before layout, so text is measured as it will be drawn.
 */
export function showInvisibleDeep<T>(value: T): T {
  return mapStringsDeep(value, showInvisible);
}

/** Text safe in XML and HTML content and in double- or single-quoted attribute values. */
export function escapeXml(text: string): string {
  return escapeXmlText(showInvisible(text));
}
