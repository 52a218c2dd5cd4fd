import type { CellValue, Grid } from '../../../src/core/types';
import { isDate } from '../../../src/core/types';

/** A grid as the adapters read it, display text derived from the values. */
export function gridOf(sheet: string, values: CellValue[][]): Grid {
  const width = Math.max(0, ...values.map((row) => row.length));
  const padded = values.map((row) => [...row, ...Array<CellValue>(width - row.length).fill('')]);
  const display = padded.map((row) =>
    row.map((value) => {
      if (!isDate(value)) return String(value);
      const d = value;
      return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
    }),
  );
  return { sheet, values: padded, display, backgrounds: [], formats: [] };
}
