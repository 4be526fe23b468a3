import { describe, expect, it } from 'vitest';
import { segmentsOf, startsGrapheme, startsWord } from './segments.js';

const words = new Intl.Segmenter(undefined, { granularity: 'word' });
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Spaces, letters, digits, punctuation, accents, joiners, CJK, Thai, Devanagari, Arabic, emoji, flags. */
const PARTS = [' ', ' ', '\t', 'a', 'Z', '1', '.', ',', '-', "'", ':', '3.5', 'é', 'e\u0301', '\u0301', '\u200D', '\u200B', '\u00A0', '\u2003', '\u3000'];
PARTS.push('日本', '語', 'ภาษาไทย', 'ไทย', '👍', '👩‍💻', '🇫🇷', '🇩', 'अनु', 'क्ष', '\u0915\u094D', 'ا', 'ب', '٫');

describe('segmentsOf', () => {
  it('finds the segments Intl.Segmenter finds in the whole text, for words and graphemes, whatever the piece size', () => {
    let seed = 11;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % below;
    };
    for (let sample = 0; sample < 3000; sample += 1) {
      const text = Array.from({ length: 1 + random(40) }, () => PARTS[random(PARTS.length)]).join('');
      for (const [segmenter, cutBefore] of [
        [words, startsWord],
        [graphemes, startsGrapheme],
      ] as const) {
        const whole = Array.from(segmenter.segment(text), ({ segment }) => segment);
        for (const piece of [1, 2, 5]) expect([...segmentsOf(segmenter, text, cutBefore, piece)], JSON.stringify(text)).toEqual(whole);
      }
    }
  });
});
