import { describe, expect, it } from 'vitest';
import { breaksAtSpacesAndHyphensOnly, chunks, segmentedChunks } from './line-breaks.js';

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

  it('finds in text with accents, symbols, emoji, other scripts and hyphens, without the segmenter, what it finds', () => {
    const samples = [
      '✔ 1 file checked: no problems',
      '✖ 2 problems (1 error, 1 warning) in 1 of 2 files',
      '⚠ 12 problems (0 errors, 12 warnings)',
      'Crème brûlée à la carte, façade naïve',
      'Café ☕ for €3,50 · “quoted” ‘single’ «guillemets» …',
      'Emoji 👍🏽 and 👨‍👩‍👧 and 🇩🇪 and ❤️ love',
      'اتحاد المزارعين المستقلين',
      'خصم 12٪ للأعضاء',
      'ירקות טריים',
      'Καλημέρα κόσμε, τι κάνεις;',
      'Привет, мир! Доставка за 5 €',
      'हिन्दी पाठ यहाँ',
      'well-known',
      'well‐known',
      'self-service co-op re-use',
      '-5 to 12-15',
      'a--b',
      'x-',
      '-',
      '--',
      ' - ',
      'a-',
      'a-b',
      'ab-1',
      'é-à',
      'œuvre-Ελλάδα-мир',
      'x-👍',
      'Ärger-frei',
      'e-mail e‐mail',
      'a-\u0301b',
      'a -\u0301b',
      '  pre-  post  -fix  ',
      'mid-"quote"',
      "rock-'n'-roll",
      'a-(b)',
      'a-\u00ADb',
      'co\u00ADop',
    ];
    for (const sample of samples) {
      expect(breaksAtSpacesAndHyphensOnly(sample), JSON.stringify(sample)).toBe(true);
      expect(chunks(sample), JSON.stringify(sample)).toEqual(segmentedChunks(sample));
    }
  });

  it('sends text where a line may break elsewhere than at spaces and hyphens to the segmenter', () => {
    for (const sample of ['a\tb', 'a\u00A0b', 'a\u202Fb', 'a\u2009b', 'a\u3000b', 'a\u200Bb', 'a–b', 'a—b', '豆の仕入れ', 'สวัสดีครับ', 'ｶﾀｶﾅ', 'a \u0301b', 'a \u200Db', 'a \u{1F3FD}b', 'a\nb', '\uFEFFa']) {
      expect(breaksAtSpacesAndHyphensOnly(sample), JSON.stringify(sample)).toBe(false);
    }
  });

  it('takes the fast path only where it finds what the segmenter finds, for every character', () => {
    // Each character between letters, after a space and around hyphens: the places where a
    // character could change a break (its own class, joining a space, ending a hyphenated word).
    // Planes 4 to 13, 15 and 16 hold no characters (unassigned or private use): a sample of them.
    const codes: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += code >= 0x40000 && code < 0xe0000 ? 97 : code >= 0xf0000 ? 997 : 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if (breaksAtSpacesAndHyphensOnly(`a${character}b a ${character}`)) codes.push(code);
    }
    // Several characters a sample, so the segmenter runs fewer times; each passed alone above.
    const mismatches: string[] = [];
    for (let start = 0; start < codes.length; start += 32) {
      const batch = codes.slice(start, start + 32).map((code) => String.fromCodePoint(code));
      const sample = batch.map((character) => `a${character}b a ${character} x-${character}-y ${character}-z`).join(' ');
      expect(breaksAtSpacesAndHyphensOnly(sample)).toBe(true);
      if (JSON.stringify(chunks(sample)) !== JSON.stringify(segmentedChunks(sample))) mismatches.push(batch.map((c) => c.codePointAt(0)!.toString(16)).join(','));
    }
    expect(codes.length).toBeGreaterThan(100_000);
    expect(mismatches).toEqual([]);
  }, 60_000);

  it('finds what the segmenter finds in random text of a mixed alphabet', () => {
    const alphabet = [...' -‐aZé9.,\'"(ا Ωж✔👍🏽\u0301\u200D\uFE0F\u00AD\u00A0\t–—\u200B日の。ไ'];
    // mulberry32, a small seeded generator: the same strings on every run.
    let seed = 11;
    const random = (below: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) % below;
    };
    let fast = 0;
    for (let round = 0; round < 20_000; round += 1) {
      const length = 1 + random(12);
      let sample = '';
      for (let index = 0; index < length; index += 1) sample += alphabet[random(alphabet.length)];
      if (breaksAtSpacesAndHyphensOnly(sample)) fast += 1;
      expect(chunks(sample), JSON.stringify(sample)).toEqual(segmentedChunks(sample));
    }
    // The alphabet is mostly characters of the fast path: most samples went through it.
    expect(fast).toBeGreaterThan(1_000);
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
