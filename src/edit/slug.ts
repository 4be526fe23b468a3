// Ids from names: "Coffee lovers at home" → `coffee-lovers-at-home`, unique within the file.

/** What the format accepts as an id (the schema's pattern). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** Lower-case ASCII words joined by hyphens, cut at a word boundary near maxLength; '' if none. */
export function slugify(text: string, maxLength = 40): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: é → e
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const longer = slug === '' ? word : `${slug}-${word}`;
    if (longer.length > maxLength) return slug === '' ? word.slice(0, maxLength) : slug;
    slug = longer;
  }
  return slug;
}

/** The slug of text, or fallback when text has no letters or digits, made unique with -2, -3, ... */
export function uniqueId(text: string, taken: ReadonlySet<string>, fallback: string, maxLength?: number): string {
  const stem = slugify(text, maxLength) || fallback;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Why an id typed by the user cannot be used, or true. */
export function checkNewId(id: string, taken: ReadonlySet<string>): true | string {
  if (id === '') return 'An id is needed: other parts of the canvas refer to the segment by it';
  if (!ID_PATTERN.test(id)) return 'Use lower-case letters, digits, - and _, starting with a letter or digit';
  if (taken.has(id)) return `\`${id}\` is already used in this canvas; pick another`;
  return true;
}
