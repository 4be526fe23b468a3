// Intl.Segmenter over long text in pieces. V8's segmenter takes time in proportion to the whole
// text for each segment it returns: the words of a 400 KB paragraph took minutes, a 10 MiB
// description rendered never. So long text goes to it in pieces of at least PIECE characters,
// cut only where the segmenter breaks whatever the text around the cut.

const PIECE = 256;

/** The segments of `text`, as `segmenter.segment(text)` finds them, in linear time. */
export function* segmentsOf(
  segmenter: Intl.Segmenter,
  text: string,
  cutBefore: (text: string, index: number) => boolean,
  piece = PIECE,
): Generator<string, void> {
  let start = 0;
  for (let index = start + piece; index < text.length; index += 1) {
    if (!cutBefore(text, index)) continue;
    for (const { segment } of segmenter.segment(text.slice(start, index))) yield segment;
    start = index;
    index += piece - 1;
  }
  for (const { segment } of segmenter.segment(start === 0 ? text : text.slice(start))) yield segment;
}

/**
 * A word boundary whatever surrounds it: before a space or tab that follows anything but white
 * space (Unicode's word rules join a space to spaces only, and look ahead across none).
 */
export function startsWord(text: string, index: number): boolean {
  const character = text.charCodeAt(index);
  return (character === 0x20 || character === 0x09) && !/\s/.test(text[index - 1]!);
}

/** A grapheme boundary whatever surrounds it: between two printable ASCII characters. */
export function startsGrapheme(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  const character = text.charCodeAt(index);
  return before >= 0x20 && before <= 0x7e && character >= 0x20 && character <= 0x7e;
}
