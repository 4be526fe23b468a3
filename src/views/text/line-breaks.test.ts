import { describe, expect, it } from 'vitest';
import { chunks, segmentedChunks } from './line-breaks.js';

const texts = (paragraph: string): string[] => chunks(paragraph).map((chunk) => chunk.text);

describe('chunks', () => {
  it('finds in ASCII text without hyphens, by splitting at spaces, what the segmenter finds', () => {
    const alphabet = ' aZ09.,;:!?()[]{}"\'/&+%$#@*=<>~^_`|\\';
    // Every string of up to 3 characters of the alphabet, and some longer ones.
    const samples = [''];
    for (let length = 1; length <= 3; length += 1) {
      for (const sample of samples.filter((text) => text.length === length - 1)) for (const character of alphabet) samples.push(sample + character);
    }
    samples.push('  Resource number 12  ', 'a.b,c (d) "e" f\'s', 'x  y   z', 'Cost: $3,000/month; 50% off!');
    for (const sample of samples) expect(chunks(sample), JSON.stringify(sample)).toEqual(segmentedChunks(sample));
  });

  it('breaks Latin text at spaces only, punctuation kept with its word, white space collapsed', () => {
    expect(chunks('  Hello,   world! ')).toEqual([
      { text: 'Hello,', spaceAfter: true },
      { text: 'world!', spaceAfter: false },
    ]);
  });

  it('never breaks inside an Arabic or Hebrew word', () => {
    expect(texts('اتحاد المزارعين المستقلين')).toEqual(['اتحاد', 'المزارعين', 'المستقلين']);
    expect(texts('ירקות טריים')).toEqual(['ירקות', 'טריים']);
    expect(texts('خصم 12٪ للأعضاء')).toEqual(['خصم', '12٪', 'للأعضاء']);
  });

  it('breaks Chinese and Japanese between characters', () => {
    expect(texts('豆の仕入れ')).toEqual(['豆', 'の', '仕', '入', 'れ']);
    expect(texts('微信群')).toEqual(['微', '信', '群']);
  });

  it('puts no closing punctuation or small kana first on a line, and no opening bracket last', () => {
    expect(texts('出店料、豆。')).toEqual(['出', '店', '料、', '豆。']);
    expect(texts('焙煎所「青山」')).toEqual(['焙', '煎', '所', '「青', '山」']);
    expect(texts('ショップ')).toEqual(['ショッ', 'プ']);
    expect(texts('朝の通勤客（東京駅）')).toEqual(['朝', 'の', '通', '勤', '客', '（東', '京', '駅）']);
  });

  it('breaks between a Latin word and a Chinese character', () => {
    expect(texts('iPhone用')).toEqual(['iPhone', '用']);
  });

  it('may break after the hyphen of a compound, not inside a number or at a no-break space', () => {
    expect(texts('well-known')).toEqual(['well-', 'known']);
    expect(texts('-5 to 12-15')).toEqual(['-5', 'to', '12-15']);
    expect(texts('Subscription\u00A0· List')).toEqual(['Subscription\u00A0·', 'List']);
  });

  it('breaks between the words of Thai, which has no spaces', () => {
    expect(texts('สวัสดีครับ').length).toBeGreaterThan(1);
    expect(texts('สวัสดีครับ').join('')).toBe('สวัสดีครับ');
  });
});
