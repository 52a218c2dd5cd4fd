/**
 * Hostile cells and stored state on the real bundle over the local runtime: a date no calendar
 * can show, an error value, a pre-existing `Дебиторка` without sheet views (as any file a script
 * writes has), settings stored badly. Each run finishes, sends what is fine and says what is not.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { dailyRun, invoice, readOutbox, writeWorkbook } from './reminders.fixture';

const distDir = DIST;
const TODAY = '2026-12-02';
const fresh = () => mkdtempSync(join(tmpdir(), 'account-desk-reading-'));

/** The `Проверка` cell of the row whose `Номер` is `number`, from the saved output. */
async function checkCell(outFile: string, number: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(outFile);
  const ws = workbook.getWorksheet('Документы')!;
  const header = ws.getRow(1).values as ExcelJS.CellValue[];
  const checkCol = header.indexOf('Проверка');
  let text = '';
  ws.eachRow((row) => {
    if (row.getCell(2).value === number) text = String(row.getCell(checkCol).value ?? '');
  });
  return text;
}

/** Removes every `<sheetViews>` element of the named sheet, as files written by scripts lack them. */
async function dropSheetViews(file: string, sheetIndex: number): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const path = `xl/worksheets/sheet${sheetIndex}.xml`;
  const xml = await zip.file(path)!.async('string');
  zip.file(path, xml.replace(/<sheetViews>[\s\S]*?<\/sheetViews>/, ''));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('cells no reader can use', () => {
  let outDir: string;
  let result: string;
  let sent: number;
  beforeAll(async () => {
    const dir = fresh();
    outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', {
      docs: [
        invoice('С-1', 'ООО «Ромашка»', '01.12.2026', 'buh@romashka.example'),
        invoice('С-2', 'ИП Лютик', '01.12.2026', 'lutik@lutik.example'),
        invoice('С-3', '#N/A', '01.12.2026', 'na@client.example'),
      ],
    });
    // A date-formatted number beyond any calendar in the due date of С-2.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const cell = workbook.getWorksheet('Документы')!.getCell('F3');
    cell.value = 1e9;
    cell.numFmt = 'dd.mm.yyyy';
    await workbook.xlsx.writeFile(file);
    ({ result, sent } = await dailyRun({ file, outDir, today: TODAY, distDir }));
  }, 60_000);

  it('finishes the run and sends the row that is fine', async () => {
    expect(result).not.toMatch(/Invalid time value|RangeError/);
    const subjects = (await readOutbox(outDir)).map((mail) => mail.subject);
    expect(subjects).toContain('Оплата по счетам — ООО «Ромашка»');
    expect(subjects.join('\n')).not.toContain('#N/A');
    expect(sent).toBeGreaterThan(0);
  });

  it('flags the unreadable date and the error value on their rows', async () => {
    const outFile = join(outDir, 'docs.xlsx');
    expect(await checkCell(outFile, 'С-2')).toBe('F3: «#NUM!» — не дата');
    expect(await checkCell(outFile, 'С-3')).toBe('C4: в ячейке ошибка формулы #N/A');
  });
});

describe('a Дебиторка sheet that already exists without sheet views', () => {
  it('is rewritten by the daily run, and the reminders go', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', {
      docs: [invoice('С-1', 'ООО «Ромашка»', '01.12.2026', 'buh@romashka.example')],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.addWorksheet('Дебиторка').getCell('A1').value = 'Дебиторка на 01.12.2026';
    await workbook.xlsx.writeFile(file);
    // Команда, Документы, Дебиторка: the third sheet.
    await dropSheetViews(file, 3);
    const { result, sent } = await dailyRun({ file, outDir, today: TODAY, distDir });
    expect(result).not.toMatch(/TypeError|undefined/);
    expect(sent).toBeGreaterThan(0);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(join(outDir, 'docs.xlsx'));
    expect(after.getWorksheet('Дебиторка')!.getCell('A1').value).toBe('Дебиторка на 02.12.2026');
  }, 60_000);
});

describe('settings stored badly', () => {
  it.each<[string, Record<string, unknown>]>([
    ['language de', { language: 'de' }],
    ['a line break in the sender name', { senderName: 'Агентство\nBcc: spy@evil.example' }],
    ['wrong types everywhere', { language: 7, mode: ['send'], reminders: 'x', load: { overloadPct: 'сто' } }],
  ])(
    '%s: every entry point still answers, the daily run sends',
    async (_case, stored) => {
      const dir = fresh();
      const outDir = join(dir, 'out');
      const file = await writeWorkbook(dir, 'docs', {
        docs: [invoice('С-1', 'ООО «Ромашка»', '01.12.2026', 'buh@romashka.example')],
      });
      writeFileSync(
        join(dir, 'docs.properties.json'),
        JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify(stored) } }),
      );
      const runtime = await createLocalRuntime({ file, outDir, today: TODAY, distDir, mode: 'send' });
      runtime.call('onOpen', { authMode: 'FULL' });
      const dashboard = runtime.call('getDashboard') as { warnings: string[] };
      expect(dashboard.warnings.join('\n')).toMatch(/Сохранённая настройка «[^»]+» неверна/);
      runtime.call('dailyRun');
      await runtime.save();
      const mails = await readOutbox(outDir);
      expect(mails.length).toBeGreaterThan(0);
      for (const mail of mails) expect(mail.cc.concat(mail.to).join(',')).not.toContain('evil.example');
    },
    60_000,
  );
});
