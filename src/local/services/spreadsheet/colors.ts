/**
 * Colours of an xlsx cell as Sheets reports them: `#rrggbb` in lower case.
 * xlsx stores ARGB, a theme slot with a tint, or a legacy palette index.
 */

export interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** The Office theme exceljs writes and most files use; slots in xlsx order (lt1, dk1, lt2, dk2, accents). */
const DEFAULT_THEME = [
  'ffffff',
  '000000',
  'eeece1',
  '1f497d',
  '4f81bd',
  'c0504d',
  '9bbb59',
  '8064a2',
  '4bacc6',
  'f79646',
  '0000ff',
  '800080',
];

/** The legacy indexed palette (indices 0–63). */
const INDEXED = [
  '000000',
  'ffffff',
  'ff0000',
  '00ff00',
  '0000ff',
  'ffff00',
  'ff00ff',
  '00ffff',
  '000000',
  'ffffff',
  'ff0000',
  '00ff00',
  '0000ff',
  'ffff00',
  'ff00ff',
  '00ffff',
  '800000',
  '008000',
  '000080',
  '808000',
  '800080',
  '008080',
  'c0c0c0',
  '808080',
  '9999ff',
  '993366',
  'ffffcc',
  'ccffff',
  '660066',
  'ff8080',
  '0066cc',
  'ccccff',
  '000080',
  'ff00ff',
  'ffff00',
  '00ffff',
  '800080',
  '800000',
  '008080',
  '0000ff',
  '00ccff',
  'ccffff',
  'ccffcc',
  'ffff99',
  '99ccff',
  'ff99cc',
  'cc99ff',
  'ffcc99',
  '3366ff',
  '33cccc',
  '99cc00',
  'ffcc00',
  'ff9900',
  'ff6600',
  '666699',
  '969696',
  '003366',
  '339966',
  '003300',
  '333300',
  '993300',
  '993366',
  '333399',
  '333333',
];

/** Theme colours from a workbook's theme1.xml (`<a:dk1>`…`<a:folHlink>`), falling back to Office defaults. */
export function themePalette(themeXml: string | undefined): string[] {
  if (!themeXml) return DEFAULT_THEME;
  const slot = (tag: string): string | undefined => {
    const match = new RegExp(`<a:${tag}>([\\s\\S]*?)</a:${tag}>`).exec(themeXml);
    if (!match) return undefined;
    const color = /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/.exec(match[1]);
    return color?.[1].toLowerCase();
  };
  // xlsx theme indices put the light colours first: 0 = lt1, 1 = dk1, 2 = lt2, 3 = dk2.
  const tags = [
    'lt1',
    'dk1',
    'lt2',
    'dk2',
    'accent1',
    'accent2',
    'accent3',
    'accent4',
    'accent5',
    'accent6',
    'hlink',
    'folHlink',
  ];
  return tags.map((tag, i) => slot(tag) ?? DEFAULT_THEME[i]);
}

function hexToRgb(hex: string): [number, number, number] {
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function rgbToHex(rgb: number[]): string {
  return rgb
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
}

/** Excel's tint: lightens towards white (tint > 0) or darkens (tint < 0) in HSL lightness. */
function applyTint(hex: string, tint: number): string {
  const [r, g, b] = hexToRgb(hex).map((v) => v / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  if (max !== min) {
    const d = max - min;
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  if (s === 0) return rgbToHex([l * 255, l * 255, l * 255]);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return rgbToHex([hue(p, q, h + 1 / 3) * 255, hue(p, q, h) * 255, hue(p, q, h - 1 / 3) * 255]);
}

/** `#rrggbb` of an xlsx colour, or null when it does not name one (automatic). */
export function resolveColor(color: XlsxColor | undefined, theme: string[]): string | null {
  if (!color) return null;
  let hex: string | undefined;
  if (color.argb && /^[0-9A-Fa-f]{8}$/.test(color.argb)) hex = color.argb.slice(2).toLowerCase();
  else if (color.argb && /^[0-9A-Fa-f]{6}$/.test(color.argb)) hex = color.argb.toLowerCase();
  else if (color.theme !== undefined) hex = theme[color.theme];
  else if (color.indexed !== undefined) hex = INDEXED[color.indexed];
  if (!hex) return null;
  return `#${color.tint ? applyTint(hex, color.tint) : hex}`;
}

/** `#rgb`, `#rrggbb` or a CSS colour name Sheets accepts → ARGB for xlsx; null when unreadable. */
export function toArgb(color: string): string | null {
  const named: Record<string, string> = {
    black: '000000',
    white: 'ffffff',
    red: 'ff0000',
    green: '008000',
    blue: '0000ff',
    yellow: 'ffff00',
    orange: 'ffa500',
    gray: '808080',
    grey: '808080',
  };
  const text = color.trim().toLowerCase();
  if (named[text]) return `FF${named[text].toUpperCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `FF${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  const full = /^#([0-9a-f]{6})$/.exec(text);
  return full ? `FF${full[1].toUpperCase()}` : null;
}
