#!/usr/bin/env node
/**
 * Writes the example workbooks the demo (`npm start`) runs on, from the readable data in
 * ./data.mjs: examples/agency.xlsx (one spreadsheet: team, load, documents, time tracking) and
 * examples/two-spreadsheets/ (the same agency as a load and a documents spreadsheet), each with
 * its saved settings beside it. Run with `npm run examples`.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientsSheet } from './clients.mjs';
import { ACTUALS, CLIENT_EMAILS, DOCUMENTS, LOAD, TEAM, WEEKS } from './data.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'examples');

/** Where the local runner reads the spreadsheet's time zone and locale (core `keywords` property). */
const DOCUMENT_META = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
/** A fixed timestamp keeps the files' properties stable between generations. */
const CREATED = new Date(Date.UTC(2026, 10, 20, 9, 0));

const BLUES = { light: 'FFCFE2F3', cornflower: 'FFC9DAF8' };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
const TITLE_FONT = { bold: true, size: 14 };

/** A calendar day → an xlsx date cell value (UTC fields = the wall-clock day). */
function day(text) {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Account Desk examples';
  workbook.created = CREATED;
  workbook.modified = CREATED;
  workbook.keywords = DOCUMENT_META;
  return workbook;
}

function header(ws, rowNumber, titles) {
  const row = ws.getRow(rowNumber);
  titles.forEach((title, i) => {
    const cell = row.getCell(i + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
}

function teamSheet(workbook) {
  const ws = workbook.addWorksheet('Команда');
  header(ws, 1, ['Сотрудник', 'Email', 'Роль', 'Часов в неделю', 'Ставка']);
  TEAM.forEach((person, i) => {
    const row = ws.getRow(i + 2);
    row.values = [person.name, person.email, person.role, person.hours ?? null, person.rate];
  });
  ws.columns = [{ width: 22 }, { width: 30 }, { width: 16 }, { width: 16 }, { width: 10 }];
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** A load cell: `{ pct }` a percent-formatted number, a plain number, or text as typed (`8ч`, `20%`). */
function loadCell(cell, value) {
  if (value === null || value === undefined) return;
  if (typeof value === 'object') {
    cell.value = value.pct / 100;
    cell.numFmt = '0%';
    if (value.blue) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUES[value.blue] } };
    return;
  }
  cell.value = value;
}

function loadSheet(workbook) {
  const ws = workbook.addWorksheet('Загрузка');
  ws.getCell('A1').value = 'Загрузка команды, ноябрь — декабрь 2026';
  ws.getCell('A1').font = TITLE_FONT;
  ws.getCell('A2').value = 'Проценты от рабочей недели; синий фон — предварительная бронь, не подтверждено';
  ws.getCell('A2').font = { italic: true, color: { argb: 'FF666666' } };
  const titles = ['Сотрудник', 'Клиент / задача', 'Статус', 'Смета, ч'];
  header(ws, 3, titles);
  WEEKS.forEach((week, i) => {
    const cell = ws.getRow(3).getCell(titles.length + i + 1);
    // Mixed header forms, as people type them: a Date cell, `30.11`, `07.12.2026`.
    if (week.form === 'date') {
      cell.value = day(week.day);
      cell.numFmt = 'dd.mm';
    } else cell.value = week.text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  let rowNumber = 4;
  for (const block of LOAD) {
    const first = rowNumber;
    block.rows.forEach((line, i) => {
      const row = ws.getRow(rowNumber);
      if (i === 0) row.getCell(1).value = block.person;
      row.getCell(2).value = line.task;
      if (line.status) row.getCell(3).value = line.status;
      if (line.estimate) row.getCell(4).value = line.estimate;
      line.cells.forEach((value, w) => loadCell(row.getCell(titles.length + w + 1), value));
      rowNumber += 1;
    });
    if (block.merged) {
      ws.mergeCells(first, 1, rowNumber - 1, 1);
      ws.getCell(first, 1).alignment = { vertical: 'top' };
    }
  }
  ws.columns = [
    { width: 26 },
    { width: 22 },
    { width: 10 },
    { width: 10 },
    ...WEEKS.map(() => ({ width: 11 })),
  ];
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 2 }];
}

function actualsSheet(workbook) {
  const ws = workbook.addWorksheet('Факт');
  header(ws, 1, ['Дата', 'Сотрудник', 'Клиент', 'Часы']);
  ACTUALS.forEach((entry, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = day(entry.day);
    row.getCell(1).numFmt = 'dd.mm.yyyy';
    row.getCell(2).value = entry.person;
    row.getCell(3).value = entry.client;
    row.getCell(4).value = entry.hours;
  });
  ws.columns = [{ width: 12 }, { width: 22 }, { width: 18 }, { width: 8 }];
}

const DOC_COLUMNS = [
  ['Тип', 14],
  ['Номер', 12],
  ['Клиент', 20],
  ['Направление', 13],
  ['Договор №', 12],
  ['Дата', 12],
  ['Сумма', 14],
  ['Валюта', 8],
  ['Срок оплаты', 12],
  ['Дата оплаты', 12],
  ['Оплачено', 14],
  ['Статус', 12],
  ['Оригинал', 10],
  ['Действует до', 12],
  ['Ответственный', 20],
  ['Email клиента', 40],
  ['Не напоминать', 14],
  ['Ссылка', 44],
];

function dateCell(cell, value) {
  if (value === undefined || value === null) return;
  // A calendar day becomes a date cell; anything else (a typo like 12.13.2026) stays text as typed.
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    cell.value = day(value);
    cell.numFmt = 'dd.mm.yyyy';
  } else cell.value = value;
}

function moneyCell(cell, value) {
  if (value === undefined || value === null) return;
  if (typeof value === 'number') {
    cell.value = value;
    cell.numFmt = '#,##0.00 "₽"';
  } else cell.value = value;
}

function documentsSheet(workbook) {
  const ws = workbook.addWorksheet('Документы');
  ws.getCell('A1').value = 'Реестр документов агентства (счета, акты, договоры)';
  ws.getCell('A1').font = TITLE_FONT;
  header(
    ws,
    2,
    DOC_COLUMNS.map(([title]) => title),
  );
  DOCUMENTS.forEach((doc, i) => {
    const row = ws.getRow(i + 3);
    row.getCell(1).value = doc.type;
    row.getCell(2).value = doc.number;
    row.getCell(3).value = doc.client;
    if (doc.direction) row.getCell(4).value = doc.direction;
    if (doc.contract) row.getCell(5).value = doc.contract;
    dateCell(row.getCell(6), doc.date);
    moneyCell(row.getCell(7), doc.amount);
    row.getCell(8).value = doc.currency ?? 'RUB';
    dateCell(row.getCell(9), doc.due);
    dateCell(row.getCell(10), doc.paidOn);
    moneyCell(row.getCell(11), doc.paid);
    row.getCell(12).value = doc.status;
    if (doc.original) row.getCell(13).value = doc.original;
    dateCell(row.getCell(14), doc.validUntil);
    row.getCell(15).value = doc.manager;
    const email = doc.email ?? (doc.direction === 'исходящий' ? undefined : CLIENT_EMAILS[doc.client]);
    if (email) row.getCell(16).value = email;
    if (doc.pause !== undefined) row.getCell(17).value = doc.pause;
    if (doc.link) row.getCell(18).value = doc.link;
  });
  ws.columns = DOC_COLUMNS.map(([, width]) => ({ width }));
  ws.views = [{ state: 'frozen', ySplit: 2 }];
}

/** The settings an agency would have saved: who is the head, the accountant, the sender's name. */
const SETTINGS = {
  headEmail: 'director@agency.example.com',
  accountantEmail: 'buh@agency.example.com',
  senderName: 'Агентство «Пример»',
};

/** The document properties beside a workbook (`<name>.properties.json`), as the local runner seeds them. */
function writeProperties(file) {
  const properties = { document: { 'accountDesk.settings': JSON.stringify(SETTINGS) } };
  writeFileSync(file.replace(/\.xlsx$/, '.properties.json'), `${JSON.stringify(properties, null, 2)}\n`);
}

async function write(workbook, file) {
  await workbook.xlsx.writeFile(file);
  writeProperties(file);
  return file;
}

/**
 * examples/agency.xlsx: the agency in one spreadsheet (team, load, documents, time tracking), the
 * usual case and what `npm start` runs; examples/two-spreadsheets/: the same agency kept in a load
 * spreadsheet and a documents spreadsheet.
 */
export async function generate(dir = outDir) {
  mkdirSync(join(dir, 'two-spreadsheets'), { recursive: true });
  const agency = newWorkbook();
  teamSheet(agency);
  loadSheet(agency);
  documentsSheet(agency);
  clientsSheet(agency, header);
  actualsSheet(agency);
  const load = newWorkbook();
  teamSheet(load);
  loadSheet(load);
  actualsSheet(load);
  const documents = newWorkbook();
  // Agencies that keep documents in their own spreadsheet keep a team list there too: it gives
  // each account manager's email for Cc, Reply-To and their digest.
  teamSheet(documents);
  documentsSheet(documents);
  clientsSheet(documents, header);
  return [
    await write(agency, join(dir, 'agency.xlsx')),
    await write(load, join(dir, 'two-spreadsheets', 'agency-load.xlsx')),
    await write(documents, join(dir, 'two-spreadsheets', 'agency-documents.xlsx')),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await generate();
  for (const file of files) console.log(`written: ${file.slice(root.length + 1)}`);
}
