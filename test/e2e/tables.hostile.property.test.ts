/**
 * Property: on any documents register a person (or an attacker) could write — any cell value,
 * any header set, user columns named like the add-on's, notes anywhere, formula-looking text —
 * the real bundle's recalculation and daily run never throw, never change a user cell (value,
 * type, style, note), and no cell the add-on writes, in its columns or its own sheets, is a
 * formula.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { sameCellsIn, userCells } from './userCells';

const KNOWN_HEADERS = [
  'Тип',
  'Номер',
  'Клиент',
  'Дата',
  'Сумма',
  'Валюта',
  'Срок оплаты',
  'Оплачено',
  'Дата оплаты',
  'Статус',
  'Ответственный',
  'Email клиента',
  'Не напоминать',
];
/** Headers the add-on writes, as a user might type them into their own columns. */
const OWNED_NAMED = ['Состояние', 'State', 'Check', 'Проверка', 'Просрочка, дн.', 'Следующее напоминание'];
const FORMULA_LIKE = ['=1+1', '=HYPERLINK("http://evil.example","x")', '+7 999', '-1', '@SUM(A1)', "'=2+2"];
const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?', '#NUM!'];

const text = fc.oneof(
  fc.constantFrom(
    ...FORMULA_LIKE,
    ...ERRORS,
    ...OWNED_NAMED,
    'счёт',
    'акт',
    'договор',
    'оплачен',
    '01.12.2026',
    '31.02.2026',
    '10 000 ₽',
    '1 000 $',
    'a@x.ru b@y.ru <c@z.ru>',
    'info@пример.рф',
    'ООО\nРомашка',
    '<script>alert(1)</script>',
    'да',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** Every kind of value an xlsx cell can hold, as exceljs writes it. */
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 4, arbitrary: text },
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.boolean(),
  fc.date({
    min: new Date('1900-03-01T00:00:00Z'),
    max: new Date('2200-01-01T00:00:00Z'),
    noInvalidDate: true,
  }),
  text.map((t): ExcelJS.CellValue => ({ richText: [{ text: t }, { text: ' ✓', font: { bold: true } }] })),
  text.map((t): ExcelJS.CellValue => ({ text: t, hyperlink: 'https://example.com/invoice' })),
  fc.constantFrom(...ERRORS).map((e): ExcelJS.CellValue => ({ error: e as ExcelJS.CellErrorValue['error'] })),
  fc
    .constantFrom('A1+1', 'SUM(B:B)', 'NA()')
    .map((f): ExcelJS.CellValue => ({ formula: f, date1904: false })),
);

interface Register {
  title: boolean;
  header: string[];
  rows: ExcelJS.CellValue[][];
  notes: { row: number; col: number; text: string }[];
  dateFormatted: { row: number; col: number; serial: number }[];
}

const register: fc.Arbitrary<Register> = fc.record({
  title: fc.boolean(),
  header: fc.array(fc.oneof(fc.constantFrom(...KNOWN_HEADERS, ...OWNED_NAMED), text), {
    minLength: 1,
    maxLength: 12,
  }),
  rows: fc.array(fc.array(cellValue, { maxLength: 14 }), { maxLength: 6 }),
  notes: fc.array(
    fc.record({ row: fc.integer({ min: 1, max: 14 }), col: fc.integer({ min: 1, max: 20 }), text }),
    { maxLength: 4 },
  ),
  // A date format on a number no calendar can show.
  dateFormatted: fc.array(
    fc.record({
      row: fc.integer({ min: 2, max: 8 }),
      col: fc.integer({ min: 1, max: 12 }),
      serial: fc.constantFrom(1e9, -1e9, 3e6, 0.5),
    }),
    { maxLength: 2 },
  ),
});

/** Most registers must be recognised, or the property would mostly test an empty run. */
const documentsRegister = register.map((generated) => ({
  ...generated,
  header: [...new Set([...generated.header, 'Тип', 'Номер', 'Клиент', 'Сумма'])],
}));

async function writeRegister(dir: string, spec: Register): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const ws = workbook.addWorksheet('Документы');
  const top = spec.title ? 2 : 1;
  if (spec.title) ws.getCell('A1').value = 'Реестр документов';
  ws.getRow(top).values = spec.header;
  spec.rows.forEach((row, i) => {
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(top + 1 + i, c + 1).value = value;
    });
  });
  for (const { row, col, text: note } of spec.notes) if (note.trim() !== '') ws.getCell(row, col).note = note;
  for (const { row, col, serial } of spec.dateFormatted) {
    const cell = ws.getCell(row, col);
    cell.value = serial;
    cell.numFmt = 'dd.mm.yyyy';
  }
  const file = join(dir, 'docs.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Cells of the output that the run wrote (not the user's), that hold a formula. */
async function ownedFormulas(out: string, user: { sheet: string; address: string }[]): Promise<string[]> {
  const userAddresses = new Set(user.map((cell) => `${cell.sheet}!${cell.address}`));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(out);
  const found: string[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (userAddresses.has(`${ws.name}!${cell.address}`)) return;
        if (cell.type === ExcelJS.ValueType.Formula) found.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return found;
}

describe('hostile documents registers', () => {
  it('never throw, never change a user cell, never get a formula from the add-on', async () => {
    await fc.assert(
      fc.asyncProperty(documentsRegister, fc.constantFrom('recalculate', 'dailyRun'), async (spec, entry) => {
        const dir = mkdtempSync(join(tmpdir(), 'account-desk-hostile-'));
        try {
          const file = await writeRegister(dir, spec);
          const before = await userCells(file);
          const runtime = await createLocalRuntime({
            file,
            outDir: join(dir, 'out'),
            today: '2026-12-07',
            distDir: DIST,
            mode: 'preview',
          });
          runtime.call(entry);
          runtime.call('getDashboard');
          await runtime.save();
          // The bundle answers every failure with a sentence and logs `<context> failed`: none may.
          expect(runtime.logs.filter((line) => / failed/.test(line))).toEqual([]);
          expect(await sameCellsIn(runtime.documentPath, before)).toEqual(before);
          expect(await ownedFormulas(runtime.documentPath, before)).toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 40) },
    );
  }, 240_000);
});
