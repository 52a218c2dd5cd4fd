/**
 * A person typing into a cell, which no script call of the bundle does: the value is entered as
 * Sheets enters typed text (the locale's numbers and dates), no call is counted, and the simple
 * trigger `onEdit` runs in AuthMode.LIMITED with the edit event
 * (https://developers.google.com/apps-script/guides/triggers/events#edit). Changes a simple
 * trigger does not see — "Script executions and API requests do not cause triggers to run"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions) — are entered with
 * `by: 'script'`: the cell changes and no trigger runs.
 * The event carries `authMode`, `source`, `value` and `oldValue`; `range` and `user` are left out,
 * so a bundle that came to rely on them would fail here first.
 */
import type { CellValue } from '../../core/types';
import { readValue, writeValue } from '../services/spreadsheet/cells';
import type { LocalSpreadsheet } from '../services/spreadsheet/spreadsheet';

export interface UserEdit {
  sheet: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
  /** What is typed (a string is parsed as typed text) or pasted (a number, a date). */
  value: CellValue;
  /** A person in the editor (onEdit runs), or another script or the Sheets API (it does not). */
  by?: 'user' | 'script';
}

export interface EditHost {
  spreadsheet: LocalSpreadsheet;
  has(fnName: string): boolean;
  callLimited(fnName: string, event: Record<string, unknown>): void;
  authMode(name: 'LIMITED'): unknown;
}

export function enterEdit(host: EditHost, edit: UserEdit): void {
  const { spreadsheet } = host;
  const worksheet = spreadsheet.workbook.getWorksheet(edit.sheet);
  if (!worksheet) throw new Error(`No sheet named ${edit.sheet} to edit`);
  const cell = worksheet.getCell(edit.row, edit.col);
  const oldValue = readValue(cell, spreadsheet.cellContext);
  writeValue(cell, edit.value, spreadsheet.cellContext);
  if ((edit.by ?? 'user') !== 'user' || !host.has('onEdit')) return;
  const event: Record<string, unknown> = {
    authMode: host.authMode('LIMITED'),
    source: spreadsheet,
    value: readValue(cell, spreadsheet.cellContext),
  };
  if (oldValue !== '') event.oldValue = oldValue;
  host.callLimited('onEdit', event);
}
