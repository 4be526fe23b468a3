// Escaping for XML and HTML, in one place: the pictures (SVG, HTML) and JUnit reports use it.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  // &#39;, not &apos;: the one form that XML and every HTML version read alike.
  "'": '&#39;',
};

/** Text safe in XML and HTML content and in double- or single-quoted attribute values. */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** An attribute value whose line breaks and tabs must survive (attribute normalisation would turn them into spaces). */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
