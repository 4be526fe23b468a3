// Copies the font bmc ships (Inter, SIL Open Font License 1.1) from the @fontsource/inter
// devDependency into assets/fonts/, in the two forms bmc uses:
//   - .ttf, for measuring text (fontkit), drawing PNG (resvg reads TrueType from files) and PDF;
//   - .woff2, embedded in SVG and HTML with @font-face, so browsers draw the very same glyphs.
// Both come from the same build of the font; the .ttf is the .woff unpacked table by table
// (WOFF 1.0 is the TrueType tables, each zlib-compressed), so metrics are identical.
// Run after changing the @fontsource/inter version:  node scripts/render/vendor-fonts.mjs
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const source = `${root}node_modules/@fontsource/inter/`;
const target = `${root}assets/fonts/`;
mkdirSync(target, { recursive: true });

/** The TrueType file a WOFF 1.0 file wraps. */
function woffToSfnt(woff) {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = [];
  for (let index = 0; index < count; index += 1) {
    const entry = 44 + index * 20;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compressed);
    tables.push({
      tag: woff.subarray(entry, entry + 4),
      checksum: woff.readUInt32BE(entry + 16),
      data: compressed < length ? inflateSync(raw) : raw,
    });
  }
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies = [];
  let offset = header.length;
  tables.forEach((table, index) => {
    const record = 12 + index * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

for (const weight of [400, 700]) {
  const name = `inter-latin-${weight}-normal`;
  writeFileSync(`${target}${name}.ttf`, woffToSfnt(readFileSync(`${source}files/${name}.woff`)));
  copyFileSync(`${source}files/${name}.woff2`, `${target}${name}.woff2`);
}
copyFileSync(`${source}LICENSE`, `${target}OFL.txt`);
console.log(`wrote ${target}`);
