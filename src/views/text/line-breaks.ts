// Where a line may break, found with Intl.Segmenter's words rather than at spaces only:
// between words at a space; between the characters of Chinese and Japanese, which write no
// spaces (never before a closing bracket or a comma, nor after an opening bracket); between
// the words of Thai, Lao, Khmer and Burmese, which the segmenter finds by dictionary; after
// a dash or the hyphen inside a compound. Never inside a word of any other script, so an
// Arabic or Hebrew word stays whole. A simple subset of UAX #14, enough for names and notes.

import { segmentsOf, startsGrapheme, startsWord } from './segments.js';

/** A stretch of text that a line never breaks inside, and whether a space follows it. */
export interface Chunk {
  text: string;
  /** A (collapsed) space separates it from the next chunk; at a line's end it is dropped. */
  spaceAfter: boolean;
}

// Made on first use, not at load: creating a segmenter loads ICU data, which start-up and text
// that fits on its line never need.
let wordSegmenter: Intl.Segmenter | undefined;
let graphemeSegmenter: Intl.Segmenter | undefined;
const words = (): Intl.Segmenter => (wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' }));
const graphemes = (): Intl.Segmenter => (graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' }));

/** White space a line may break at: any but the no-break spaces (U+00A0, U+202F, U+2007). */
const BREAKABLE_SPACE = /^[^\S\u00A0\u202F\u2007]+$/;

/** Chinese and Japanese characters and their punctuation: a line may break between any two. */
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF00-\uFFEF]/u;

/** Scripts written without spaces whose words the segmenter finds: Thai, Lao, Myanmar, Khmer. */
const SPACELESS_WORDS = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/;

/** Closing punctuation, small kana and the like: never first on a line. (Escapes: the CLI bundle stays ASCII.) */
const NO_BREAK_BEFORE =
  /^[!),.:;?\]}%\u2030\u00B0\u2032\u2033\u2019\u201D\u00BB\u203A\u2026\u2025\u203C\u2047\u2048\u2049\u066A\u060C\u061B\u061F\u06D4\u3001\u3002\u3005\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301C\u301E\u301F\u303B\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308E\u3095\u3096\u309D\u309E\u30A0\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6\u30FB-\u30FE\u31F0-\u31FF\uFF01\uFF05\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF3D\uFF5D\uFF5E\uFF60\uFF61\uFF63-\uFF65\uFF67-\uFF70]/u;

/** Opening punctuation: never last on a line. */
const NO_BREAK_AFTER = /[(\[{\u2018\u201C\u00AB\u2039\u00BF\u00A1\u3008\u300A\u300C\u300E\u3010\u3014\u3016\u3018\u301A\u301D\uFF08\uFF3B\uFF5B\uFF5F\uFF62]$/u;

/** Characters that hold their neighbours together: no-break spaces, joiners, straight quotes. */
const GLUE = /[\u00A0\u202F\u2007\u2060\uFEFF\u200D"']/;

/**
 * Chunks by paragraph: a layout wraps the same text at several sizes. Replaced by an empty one
 * when full, not cleared, and small: V8 kept the entries of a Map cleared again and again, each
 * having outlived the young generation, in the old generation until a full collection.
 * Measured on the chunks of 900,000 distinct paragraphs (a report's cell of 900,000 items):
 * 20,000 entries cleared, +150 MiB of resident memory; 2,000 cleared, +140; 2,000 replaced, +13;
 * 500 replaced, +9; none, +10. The layout of 140,000 segments peaked 30 MiB higher with 2,000
 * than with 500 or none.
 */
let known = new Map<string, readonly Chunk[]>();
const MAX_KNOWN = 500;

/**
 * The chunks of one paragraph (text without line breaks), in order; white space is collapsed.
 * Text that breaks at spaces and hyphens only (most names and notes) is split again each time:
 * that is cheap, and a terminal's table wraps each paragraph about once.
 */
export function chunks(paragraph: string): readonly Chunk[] {
  return breaksAtSpacesAndHyphensOnly(paragraph) ? chunksAtSpacesAndHyphens(paragraph) : rememberedChunks(paragraph);
}

/**
 * The same chunks, every paragraph's kept (a few hundred at a time): for a picture, which wraps
 * each note at every size it tries. Split again each time, a one-file render took 5% longer.
 */
export function rememberedChunks(paragraph: string): readonly Chunk[] {
  let result = known.get(paragraph);
  if (!result) {
    result = breaksAtSpacesAndHyphensOnly(paragraph) ? chunksAtSpacesAndHyphens(paragraph) : segmentedChunks(paragraph);
    if (known.size >= MAX_KNOWN) known = new Map();
    known.set(paragraph, result);
  }
  return result;
}

/**
 * Characters that may break a line otherwise than at a space or after a hyphen (see
 * mayBreakBetween and segmentedChunks), or after which a space may not be a break: white space
 * but U+0020 (tabs, no-break and other spaces, which segmentedChunks treats apart; JS's \s and
 * Unicode's White_Space) and control characters; the zero-width space and the en and em dashes;
 * the scripts of SPACELESS_WORDS; and the blocks where Unicode puts every IDEOGRAPHIC character
 * (a superset, in code point ranges: a \p{Script} test costs 0.7 ms of ICU data at first use;
 * line-breaks.test.ts checks every character the fast path takes against the segmenter).
 */
const MAY_BREAK_ELSEWHERE =
  /[\0-\x1F\x85\xA0\u1680\u2000-\u200B\u2013\u2014\u2028\u2029\u202F\u205F\uFEFF\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u2E80-\uA4CF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{16FE0}-\u{16FFF}\u{1AFF0}-\u{1B16F}\u{1F200}-\u{1F2FF}\u{20000}-\u{3FFFF}]/u;

/** A space and a character above U+02FF or the soft hyphen: maybe one that joins the space (below). */
const SPACE_BEFORE_MARK_OR_FORMAT = / [^\0-\xAC\xAE-\u02FF]/;
/**
 * A space and a character the segmenter keeps with it (Unicode's word rule WB4: Extend, Format
 * and ZWJ characters join what precedes them): then that space is no break.
 */
const SPACE_JOINED = / [\p{M}\p{Cf}\u{1F3FB}-\u{1F3FF}]/u;

/**
 * Whether a line may break at the spaces (U+0020) of `paragraph` and after its hyphens only.
 * Most names and notes are such text, accents, symbols, emoji and all; the segmenter costs far
 * more than a split (creating it alone, 15 ms of a one-file validate).
 */
export function breaksAtSpacesAndHyphensOnly(paragraph: string): boolean {
  if (MAY_BREAK_ELSEWHERE.test(paragraph)) return false;
  return !(SPACE_BEFORE_MARK_OR_FORMAT.test(paragraph) && SPACE_JOINED.test(paragraph));
}

/**
 * The chunks of text for which breaksAtSpacesAndHyphensOnly holds: what lies between its spaces,
 * cut after a hyphen (U+002D or U+2010) where mayBreakBetween allows it: the hyphen is not first
 * in its chunk and a letter follows ("well-known", not "-5", "a-1" or a hyphen at the end).
 * The segmenter always ends a word at such a hyphen (it is of no word class).
 */
function chunksAtSpacesAndHyphens(paragraph: string): Chunk[] {
  const result: Chunk[] = [];
  for (const word of paragraph.split(' ')) {
    if (word === '') continue;
    // A space (or more) separates this word from the previous chunk.
    if (result.length > 0) result.at(-1)!.spaceAfter = true;
    let start = 0;
    for (let hyphen = nextHyphen(word, 0); hyphen !== -1; hyphen = nextHyphen(word, hyphen + 1)) {
      if (hyphen > start && startsWithLetter(word, hyphen + 1)) {
        result.push({ text: word.slice(start, hyphen + 1), spaceAfter: false });
        start = hyphen + 1;
      }
    }
    result.push({ text: word.slice(start), spaceAfter: false });
  }
  return result;
}

const HYPHEN = /[-\u2010]/g;

function nextHyphen(word: string, from: number): number {
  HYPHEN.lastIndex = from;
  return HYPHEN.test(word) ? HYPHEN.lastIndex - 1 : -1;
}

function startsWithLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(text.codePointAt(index)!));
}

const LETTER = /^\p{L}/u;

/** Exported for the test that compares it with the fast path above. */
export function segmentedChunks(paragraph: string): Chunk[] {
  const result: Chunk[] = [];
  let current = '';
  const close = (spaceAfter: boolean) => {
    if (current !== '') result.push({ text: current, spaceAfter });
    else if (spaceAfter && result.length > 0) result.at(-1)!.spaceAfter = true;
    current = '';
  };
  for (const segment of segmentsOf(words(), paragraph, startsWord)) {
    if (BREAKABLE_SPACE.test(segment)) {
      close(true);
      continue;
    }
    for (const piece of IDEOGRAPHIC.test(segment) ? characters(segment) : [segment]) {
      if (current !== '' && mayBreakBetween(current, piece)) close(false);
      current += piece;
    }
  }
  close(false);
  if (result.length > 0) result.at(-1)!.spaceAfter = false;
  return result;
}

function characters(segment: string): string[] {
  return [...segmentsOf(graphemes(), segment, startsGrapheme)];
}

/** Whether a line may break between the text so far (no space at its end) and the next piece. */
function mayBreakBetween(before: string, after: string): boolean {
  const last = lastCharacter(before);
  const first = String.fromCodePoint(after.codePointAt(0)!);
  if (NO_BREAK_BEFORE.test(first) || NO_BREAK_AFTER.test(last) || GLUE.test(first) || GLUE.test(last)) return false;
  if (IDEOGRAPHIC.test(last) || IDEOGRAPHIC.test(first)) return true;
  if (last === '\u200B' || last === '\u2013' || last === '\u2014' || first === '\u2014') return true;
  // "well-known" may break after its hyphen; "-5" and a lone leading hyphen may not.
  if ((last === '-' || last === '\u2010') && before.length > 1 && LETTER.test(after)) return true;
  return SPACELESS_WORDS.test(last) && SPACELESS_WORDS.test(first);
}

function lastCharacter(text: string): string {
  const code = text.codePointAt(text.length - 1)!;
  // The second half of a surrogate pair: step back to the whole character.
  return code >= 0xdc00 && code <= 0xdfff && text.length > 1 ? String.fromCodePoint(text.codePointAt(text.length - 2)!) : String.fromCodePoint(code);
}
