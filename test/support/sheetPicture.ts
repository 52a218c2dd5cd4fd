/**
 * A sheet of a saved workbook as the HTML grid a spreadsheet application shows: each cell's
 * value through its number format (the local runtime's display rules), its fill, bold and
 * font colour, the column widths. For pictures of the owned sheets, taken in Chromium.
 */
import ExcelJS from 'exceljs';
import { formatNumber, formatWallClock } from '../../src/local/services/spreadsheet/display';
import { localeSymbols } from '../../src/local/services/spreadsheet/locale';

const PX_PER_CHAR = 7;
const DEFAULT_WIDTH = 100;

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function argb(color: Partial<ExcelJS.Color> | undefined): string | null {
  const value = color?.argb;
  return value && value.length === 8 ? `#${value.slice(2)}` : null;
}

function shown(cell: ExcelJS.Cell, symbols: ReturnType<typeof localeSymbols>): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, cell.numFmt, symbols);
  if (value instanceof Date) return formatWallClock(value, cell.numFmt || 'dd.mm.yyyy', symbols);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  return String(value);
}

/** The first `maxRows` rows and `maxCols` columns of `sheet` as a standalone HTML page. */
export function sheetHtml(sheet: ExcelJS.Worksheet, maxRows = 60, maxCols = 14): string {
  const symbols = localeSymbols('ru_RU');
  const rows = Math.min(sheet.rowCount, maxRows);
  const cols = Math.min(sheet.columnCount, maxCols);
  const widths = Array.from({ length: cols }, (_, c) => {
    const width = sheet.getColumn(c + 1).width;
    return width ? Math.round(width * PX_PER_CHAR) : DEFAULT_WIDTH;
  });
  const letters = widths.map((_, c) => String.fromCharCode(65 + c));
  const body: string[] = [];
  for (let r = 1; r <= rows; r += 1) {
    const row = sheet.getRow(r);
    const cells = widths.map((_, c) => {
      const cell = row.getCell(c + 1);
      const fill = argb((cell.fill as ExcelJS.FillPattern | undefined)?.fgColor);
      const style = [
        fill ? `background:${fill}` : '',
        cell.font?.bold ? 'font-weight:bold' : '',
        argb(cell.font?.color) ? `color:${argb(cell.font?.color)}` : '',
        typeof cell.value === 'number' || cell.value instanceof Date ? 'text-align:right' : '',
        // Text runs over empty cells on its right, as in a spreadsheet.
        typeof cell.value === 'string' && !row.getCell(c + 2).value
          ? 'overflow:visible;position:relative'
          : '',
      ]
        .filter(Boolean)
        .join(';');
      return `<td style="${style}">${escape(shown(cell, symbols))}</td>`;
    });
    body.push(`<tr><th>${r}</th>${cells.join('')}</tr>`);
  }
  return `<!doctype html><meta charset="utf-8"><style>
  body{margin:0;font:13px Arial,Roboto,sans-serif;background:#fff}
  table{border-collapse:collapse;table-layout:fixed}
  td,th{border:1px solid #e2e3e3;height:21px;padding:0 4px;white-space:nowrap;overflow:hidden}
  th{background:#f8f9fa;color:#5f6368;font-weight:normal;font-size:11px;text-align:center;width:40px}
  </style><table style="width:${40 + widths.reduce((a, b) => a + b, 0)}px"><colgroup><col style="width:40px">${widths
    .map((w) => `<col style="width:${w}px">`)
    .join(
      '',
    )}</colgroup><tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>${body.join('')}</table>`;
}
