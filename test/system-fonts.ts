// Whether this machine has the system fonts that the tests of other scripts draw with, asked
// the way bmc asks: through fontconfig. .ci/run installs them (Debian's fonts-dejavu-core for
// Arabic and Hebrew, fonts-noto-cjk for Chinese and Japanese); elsewhere those tests skip.
import { execFileSync } from 'node:child_process';

function fontconfigHas(charset: string): boolean {
  try {
    return execFileSync('fc-list', [`:charset=${charset}`, 'file'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false;
  }
}

/** Fonts with Arabic (alef, U+0627) and Hebrew (alef, U+05D0). */
export const HAS_RTL_FONT = fontconfigHas('627') && fontconfigHas('5d0');
/** A font with Chinese and Japanese (中 U+4E2D, の U+306E). */
export const HAS_CJK_FONT = fontconfigHas('4e2d 306e');

export function warnMissingFonts(file: string): void {
  if (!HAS_RTL_FONT) {
    console.warn(`Skipping the Arabic and Hebrew tests of ${file}: no font with Arabic and Hebrew. Install Debian's fonts-dejavu-core or fonts-noto-core.`);
  }
  if (!HAS_CJK_FONT) {
    console.warn(`Skipping the Chinese and Japanese tests of ${file}: no font with them. Install Debian's fonts-noto-cjk.`);
  }
}
