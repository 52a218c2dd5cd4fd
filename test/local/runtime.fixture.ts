/** A tiny stand-in for dist/Code.js and a small input workbook, so runtime tests need no build. */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the fake bundles share: only calls the real bundle makes too (the local services emulate no more). */
export const FAKE_HELPERS = `
function waitLock_(lock) {
  if (!lock.tryLock(30000)) throw new Error('Lock timeout: another process was holding the lock for too long.');
}
function sleep_(ms) {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function appendRow_(sheet, row) {
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, row.length).setValues([row]);
}
function allValues_(sheet) {
  return sheet.getRange(1, 1, Math.max(1, sheet.getLastRow()), Math.max(1, sheet.getLastColumn())).getValues();
}
`;

export const FAKE_BUNDLE = `${FAKE_HELPERS}
function appendLogRow(name, holdMs) {
  var lock = LockService.getDocumentLock();
  waitLock_(lock);
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = ss.getSheetByName('Журнал') || ss.insertSheet('Журнал');
  var last = sheet.getLastRow();
  var seen = last ? sheet.getRange(1, 1, last, 1).getValues().map(function (r) { return r[0]; }) : [];
  sleep_(holdMs || 0);
  appendRow_(sheet, [name, new Date()]);
  PropertiesService.getDocumentProperties().setProperty('sent.' + name, 'yes');
  lock.releaseLock();
  return seen;
}
function clock() {
  return { iso: new Date().toISOString(), now: Date.now(), text: typeof Date(), isDate: new Date(2026, 0, 1) instanceof Date };
}
function writeThenThrow() {
  appendRow_(SpreadsheetApp.getActiveSpreadsheet().insertSheet('Журнал'), ['written before the error']);
  throw new Error('boom in the bundle');
}
function settingsJson() {
  return PropertiesService.getDocumentProperties().getProperty('accountDesk.settings');
}
function logRows() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Журнал');
  return sheet ? allValues_(sheet).map(function (r) { return r[0]; }) : [];
}
function firstDate() {
  return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Загрузка').getRange('C1').getValue();
}
`;

export function writeFakeDist(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Code.js'), FAKE_BUNDLE);
  return dir;
}

export async function writeInputWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Загрузка');
  ws.getRow(1).values = ['Сотрудник', 'Клиент / задача', new Date(Date.UTC(2026, 11, 7))];
  ws.getCell('C1').numFmt = 'dd.mm.yyyy';
  ws.getRow(2).values = ['Иванова', 'Ромашка', 0.2];
  ws.getCell('C2').numFmt = '0%';
  await workbook.xlsx.writeFile(path);
}
