import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from '../support/bundle';

async function read(name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(ROOT, 'examples', name));
  return workbook;
}

function column(ws: ExcelJS.Worksheet, col: number, fromRow: number): ExcelJS.CellValue[] {
  const values: ExcelJS.CellValue[] = [];
  for (let r = fromRow; r <= ws.rowCount; r += 1) values.push(ws.getCell(r, col).value);
  return values;
}

describe('the example agency', () => {
  it('has a team of 10+ with part-timers and account managers', async () => {
    const team = (await read('agency.xlsx')).getWorksheet('Команда')!;
    const roles = column(team, 3, 2);
    expect(roles.length).toBeGreaterThanOrEqual(10);
    expect(roles.filter((role) => role === 'аккаунт').length).toBeGreaterThanOrEqual(2);
    expect(column(team, 5, 2)).toContain(0.5);
  });

  it('plans 8+ clients over 6+ weeks from 23.11.2026 under a header on row 3, with mixed header forms', async () => {
    const load = (await read('agency.xlsx')).getWorksheet('Загрузка')!;
    expect(load.getCell('A3').value).toBe('Сотрудник');
    const weeks = (load.getRow(3).values as ExcelJS.CellValue[]).slice(5);
    expect(weeks.length).toBeGreaterThanOrEqual(6);
    expect((weeks[0] as Date).toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(weeks).toEqual(expect.arrayContaining(['30.11', '07.12.2026']));
    const tasks = new Set(column(load, 2, 4));
    const absences = ['Внутренние задачи', 'Отпуск', 'Праздники', 'Больничный', 'Обучение'];
    expect([...tasks].filter((task) => !absences.includes(String(task))).length).toBeGreaterThanOrEqual(8);
    for (const kind of ['Отпуск', 'Праздники', 'Больничный']) expect(tasks.has(kind)).toBe(true);
  });

  it('has tentative blue cells, hours as text, a merged person block and one bad cell', async () => {
    const load = (await read('agency.xlsx')).getWorksheet('Загрузка')!;
    const fills = new Set<string>();
    const texts = new Set<string>();
    load.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill as ExcelJS.FillPattern | undefined;
        if (fill?.fgColor?.argb) fills.add(fill.fgColor.argb);
        if (typeof cell.value === 'string') texts.add(cell.value);
      }),
    );
    expect(fills.has('FFCFE2F3')).toBe(true);
    expect(fills.has('FFC9DAF8')).toBe(true);
    expect(texts.has('8ч')).toBe(true);
    expect(texts.has('двадцать')).toBe(true);
    expect(load.getCell('A5').isMerged).toBe(true);
  });

  it('registers 50+ documents of every kind, with deliberate typos', async () => {
    const docs = (await read('agency.xlsx')).getWorksheet('Документы')!;
    expect(docs.getCell('A2').value).toBe('Тип');
    const types = column(docs, 1, 3);
    expect(types.length).toBeGreaterThanOrEqual(50);
    for (const type of ['договор', 'приложение', 'счёт', 'акт']) expect(types).toContain(type);
    expect(column(docs, 4, 3)).toContain('исходящий');
    expect(column(docs, 12, 3)).toEqual(expect.arrayContaining(['оплачен', 'отменён', 'черновик']));
    expect(column(docs, 9, 3)).toContain('12.13.2026');
    const emails = column(docs, 16, 3).filter((v): v is string => typeof v === 'string');
    expect(emails.every((e) => /^[\w.@;, -]+$/.test(e) && /example\.(com|ru)/.test(e))).toBe(true);
  });

  it('is one spreadsheet holding both registers, the team and the time tracking', async () => {
    const agency = await read('agency.xlsx');
    expect(agency.worksheets.map((ws) => ws.name)).toEqual([
      'Команда',
      'Загрузка',
      'Документы',
      'Клиенты',
      'Факт',
    ]);
  });

  it.each([
    ['two-spreadsheets/agency-load.xlsx', ['Команда', 'Загрузка', 'Факт']],
    ['two-spreadsheets/agency-documents.xlsx', ['Команда', 'Документы', 'Клиенты']],
  ])('is also kept in two spreadsheets: %s has the same %j', async (name, sheets) => {
    const agency = await read('agency.xlsx');
    const part = await read(name);
    expect(part.worksheets.map((ws) => ws.name)).toEqual(sheets);
    for (const sheet of sheets) {
      const values = (wb: ExcelJS.Workbook) =>
        wb
          .getWorksheet(sheet)!
          .getSheetValues()
          .map((row) => JSON.stringify(row ?? null));
      expect(values(part)).toEqual(values(agency));
    }
  });
});
