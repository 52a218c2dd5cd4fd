import { isTentativeBlue } from '../../../src/core/cells';

/** Google Sheets' fill palette, column by column (base colour, then light 3 … dark 3). */
const PALETTE: Record<string, string[]> = {
  grays: [
    '#000000',
    '#434343',
    '#666666',
    '#999999',
    '#b7b7b7',
    '#cccccc',
    '#d9d9d9',
    '#efefef',
    '#f3f3f3',
    '#ffffff',
  ],
  redBerry: ['#980000', '#e6b8af', '#dd7e6b', '#cc4125', '#a61c00', '#85200c', '#5b0f00'],
  red: ['#ff0000', '#f4cccc', '#ea9999', '#e06666', '#cc0000', '#990000', '#660000'],
  orange: ['#ff9900', '#fce5cd', '#f9cb9c', '#f6b26b', '#e69138', '#b45f06', '#783f04'],
  yellow: ['#ffff00', '#fff2cc', '#ffe599', '#ffd966', '#f1c232', '#bf9000', '#7f6000'],
  green: ['#00ff00', '#d9ead3', '#b6d7a8', '#93c47d', '#6aa84f', '#38761d', '#274e13'],
  cyan: ['#00ffff', '#d0e0e3', '#a2c4c9', '#76a5af', '#45818e', '#134f5c', '#0c343d'],
  cornflowerBlue: ['#4a86e8', '#c9daf8', '#a4c2f4', '#6d9eeb', '#3c78d8', '#1155cc', '#1c4587'],
  blue: ['#0000ff', '#cfe2f3', '#9fc5e8', '#6fa8dc', '#3d85c6', '#0b5394', '#073763'],
  purple: ['#9900ff', '#d9d2e9', '#b4a7d6', '#8e7cc3', '#674ea7', '#351c75', '#20124d'],
  magenta: ['#ff00ff', '#ead1dc', '#d5a6bd', '#c27ba0', '#a64d79', '#741b47', '#4c1130'],
};

const BLUE_COLUMNS = new Set(['blue', 'cornflowerBlue']);
const cases = Object.entries(PALETTE).flatMap(([column, colors]) =>
  colors.map((color) => [color, column, BLUE_COLUMNS.has(column)] as const),
);

describe('isTentativeBlue', () => {
  it.each(cases)('%p (%s) is tentative blue: %p', (color, _column, blue) => {
    expect(isTentativeBlue(color)).toBe(blue);
    expect(isTentativeBlue(color.toUpperCase())).toBe(blue);
  });

  it.each([
    ['#4285f4', true], // Google blue
    ['#3fa9d4', true], // sky blue a person would still call blue
    ['#00f', true],
    ['#f5f8ff', false], // near-white tint
    ['#05070d', false], // near-black
    ['#8a9bb0', false], // blue-grey below 25 % saturation
    ['#1fbcd2', false], // turquoise, hue 187°
    ['', false],
    ['blue', false],
    ['#12345', false],
  ])('%p is tentative blue: %p', (color, blue) => {
    expect(isTentativeBlue(color)).toBe(blue);
  });
});
