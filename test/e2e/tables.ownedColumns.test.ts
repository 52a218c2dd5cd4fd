/**
 * Owned columns never take user data: the real bundle over the local runtime, on documents
 * sheets where user columns carry the add-on's headers, notes sit right of and below the table,
 * a 0.9 workbook has unmarked owned columns, a column is inserted between runs, or there is no
 * room at all. After each run every user cell is identical: value, type, style, note.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { sameCellsIn, userCells } from './userCells';

const TODAY = '2026-12-07';
const HEADER = ['Тип', 'Номер', 'Клиент', 'Дата', 'Сумма', 'Срок оплаты', 'Email клиента'];
const ROWS = [
  ['счёт', 'С-1', 'ООО Ромашка', '20.11.2026', '10 000 ₽', '25.11.2026', 'buh@romashka.example'],
  ['счёт', 'С-2', 'ИП Лютик', '01.12.2026', '5 000 ₽', '10.12.2026', 'lutik@lutik.example'],
  ['счёт', 'С-3', 'АО Вектор', '01.12.2026', 'десять', '20.12.2026', 'fin@vector.example'],
];
const OWNED = ['Состояние', 'Просрочка, дн.', 'Следующее напоминание', 'Проверка'];

type Build = (ws: ExcelJS.Worksheet) => void;

async function workbookWith(build: Build = () => undefined, header = HEADER, rows = ROWS): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-owned-'));
  const workbook = new ExcelJS.Workbook();
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const ws = workbook.addWorksheet('Документы');
  ws.addRow(header);
  for (const row of rows) ws.addRow(row);
  build(ws);
  const file = join(dir, 'docs.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

async function run(file: string, mode: 'preview' | 'send' = 'send', entry = 'recalculate') {
  const outDir = join(file, '..', 'out');
  const runtime = await createLocalRuntime({ file, outDir, today: TODAY, distDir: DIST, mode });
  runtime.call(entry);
  const dashboard = runtime.call('getDashboard') as { warnings: string[] };
  const toasts = runtime.ui.toasts.map((toast) => toast.message).join('\n');
  await runtime.save();
  return { out: runtime.documentPath, dashboard, toasts, runtime };
}

async function headerRow(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const row = workbook.getWorksheet('Документы')!.getRow(1);
  const headers: string[] = [];
  for (let c = 1; c <= row.cellCount; c += 1) headers.push(String(row.getCell(c).value ?? ''));
  return headers;
}

async function column(file: string, header: string): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet('Документы')!;
  const col = (await headerRow(file)).indexOf(header) + 1;
  if (col === 0) throw new Error(`no column ${header}`);
  return [2, 3, 4].map((r) => ws.getCell(r, col).value ?? '');
}

/**
 * Runs once and checks the invariant: every user cell of the input is identical in the output.
 * `ownedColumns`: letters of the add-on's own columns already in the input (a re-run), not the user's.
 */
async function runKeepingUserCells(
  file: string,
  mode: 'preview' | 'send' = 'send',
  entry = 'recalculate',
  ownedColumns: readonly string[] = [],
) {
  const owned = new RegExp(`^(?:${ownedColumns.join('|') || '(?!)'})\\d+$`);
  const before = (await userCells(file)).filter(
    (cell) => !(cell.sheet === 'Документы' && owned.test(cell.address)) && cell.sheet !== 'Дебиторка',
  );
  const result = await run(file, mode, entry);
  expect(await sameCellsIn(result.out, before)).toEqual(before);
  return result;
}

describe('owned columns never take user data', () => {
  it('creates the four columns right of the table and marks them', async () => {
    const file = await workbookWith();
    const { out } = await runKeepingUserCells(file);
    expect(await headerRow(out)).toEqual([...HEADER, ...OWNED]);
    expect(await column(out, 'Состояние')).toEqual([
      'просрочен 12 дней',
      'срок через 3 дня',
      'ошибка в данных — не напоминаем',
    ]);
    expect(await column(out, 'Проверка')).toEqual(['', '', 'E4: «десять» — не сумма']);
  });

  it.each([
    ['Состояние', 'Состояние (Пульт)'],
    ['State', 'Состояние (Пульт)'],
    ['Check', 'Проверка (Пульт)'],
  ])(
    'leaves a user column headed %p alone and puts ours next to the table as %p',
    async (userHeader, ours) => {
      const file = await workbookWith((ws) => {
        ws.spliceColumns(4, 0, [userHeader, 'ждёт ответа', 'в работе', 'звонить']);
        ws.getCell('D3').note = 'моя заметка';
        ws.getCell('D2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      });
      const { out, dashboard } = await runKeepingUserCells(file);
      const headers = await headerRow(out);
      expect(headers.slice(0, HEADER.length + 1)).toEqual([
        ...HEADER.slice(0, 3),
        userHeader,
        ...HEADER.slice(3),
      ]);
      expect(headers).toContain(ours);
      expect(await column(out, userHeader)).toEqual(['ждёт ответа', 'в работе', 'звонить']);
      expect(dashboard.warnings).toContain(
        `Лист «Документы»: колонка D1 «${userHeader}» — ваша (в ней ваши данные), Пульт её не трогает и пишет свою рядом`,
      );
    },
  );

  it('keeps a user column headed Check that is empty but for its header, and writes no cell of it', async () => {
    const file = await workbookWith((ws) => {
      ws.getCell('H1').value = 'Check';
    });
    const { out } = await runKeepingUserCells(file);
    const headers = await headerRow(out);
    expect(headers[7]).toBe('Check');
    expect(await column(out, 'Check')).toEqual(['', '', '']);
    expect(headers).toContain('Проверка (Пульт)');
  });

  it('skips the column right of the last header when it holds notes, in the table or below it', async () => {
    const file = await workbookWith((ws) => {
      ws.getCell('H3').note = 'позвонить в пятницу';
      ws.getCell('H12').note = 'итоги квартала';
    });
    const { out } = await runKeepingUserCells(file);
    const headers = await headerRow(out);
    expect(headers[7]).toBe('');
    expect(headers.slice(8, 12)).toEqual(OWNED);
  });

  it('skips a column with a value only far below the table', async () => {
    const file = await workbookWith((ws) => {
      ws.getCell('H40').value = 'итого';
    });
    const { out } = await runKeepingUserCells(file);
    expect((await headerRow(out)).slice(8, 12)).toEqual(OWNED);
  });

  it('finds its columns by their marker on a re-run, also after a column is inserted before them', async () => {
    const file = await workbookWith();
    const { out } = await runKeepingUserCells(file);
    // The user inserts a column before Клиент in the output workbook and opens it again.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    workbook.getWorksheet('Документы')!.spliceColumns(3, 0, ['Комментарий', 'a', 'b', 'c']);
    const edited = join(mkdtempSync(join(tmpdir(), 'account-desk-owned-edited-')), 'docs.xlsx');
    await workbook.xlsx.writeFile(edited);
    const { out: again } = await runKeepingUserCells(edited, 'send', 'recalculate', ['I', 'J', 'K', 'L']);
    const headers = await headerRow(again);
    expect(headers).toEqual([...HEADER.slice(0, 2), 'Комментарий', ...HEADER.slice(2), ...OWNED]);
    expect(await column(again, 'Проверка')).toEqual(['', '', 'F4: «десять» — не сумма']);
  });

  it('finds its columns by their marker even when the user renamed their headers', async () => {
    const file = await workbookWith();
    const { out } = await runKeepingUserCells(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    workbook.getWorksheet('Документы')!.getCell('H1').value = 'Статус оплаты';
    await workbook.xlsx.writeFile(out);
    const { out: again } = await runKeepingUserCells(out, 'send', 'recalculate', ['H', 'I', 'J', 'K']);
    const headers = await headerRow(again);
    expect(headers).toEqual([...HEADER, 'Статус оплаты', ...OWNED.slice(1)]);
    expect(await column(again, 'Статус оплаты')).toEqual([
      'просрочен 12 дней',
      'срок через 3 дня',
      'ошибка в данных — не напоминаем',
    ]);
  });

  it('adopts the unmarked columns a 0.9 run created, and only those', async () => {
    const file = await workbookWith((ws) => {
      ws.getRow(1).getCell(8).value = 'Состояние';
      ws.getRow(1).getCell(9).value = 'Просрочка, дн.';
      ws.getRow(1).getCell(10).value = 'Следующее напоминание';
      ws.getRow(1).getCell(11).value = 'Проверка';
      ws.getRow(2).getCell(8).value = 'просрочен 11 дней';
      ws.getRow(2).getCell(9).value = 11;
      ws.getRow(2).getCell(10).value = '10.12.2026';
      ws.getRow(3).getCell(8).value = 'срок через 4 дня; ждём оригинал';
      ws.getRow(4).getCell(11).value = 'E4: «десять» — не сумма';
    });
    const { out, dashboard } = await run(file);
    expect(await headerRow(out)).toEqual([...HEADER, ...OWNED]);
    expect(await column(out, 'Состояние')).toEqual([
      'просрочен 12 дней',
      'срок через 3 дня',
      'ошибка в данных — не напоминаем',
    ]);
    expect(dashboard.warnings).toEqual([]);
  });

  it('does not adopt a column headed exactly Состояние that holds the user’s own words', async () => {
    const file = await workbookWith((ws) => {
      ws.getRow(1).getCell(8).value = 'Состояние';
      ws.getRow(3).getCell(8).value = 'ждём акт сверки';
    });
    const { out } = await runKeepingUserCells(file);
    const headers = await headerRow(out);
    expect(headers.slice(7)).toEqual([
      'Состояние',
      'Состояние (Пульт)',
      'Просрочка, дн.',
      'Следующее напоминание',
      'Проверка',
    ]);
  });

  it('writes nothing and says so when no free columns are left right of the table', async () => {
    const file = await workbookWith((ws) => {
      // Notes in every column right of the table that the run may look at, and one far right.
      for (let c = 8; c <= 60; c += 1) ws.getCell(5, c).note = `заметка ${c}`;
    });
    const { out, dashboard, toasts } = await runKeepingUserCells(file);
    expect(await headerRow(out)).toEqual(HEADER);
    const warning =
      'Лист «Документы»: колонки Пульта (Состояние, Просрочка, дн., Следующее напоминание, Проверка) некуда поставить, не задев ваши данные — они не записаны. Освободите колонку справа от таблицы.';
    expect(dashboard.warnings).toContain(warning);
    expect(toasts).toContain(warning);
  });

  it('keeps every user cell in preview mode, on the daily run, with user columns named like ours', async () => {
    const file = await workbookWith((ws) => {
      ws.spliceColumns(2, 0, ['Состояние', 'мой текст', '', 'ещё']);
      ws.getCell('I1').value = 'Check';
      ws.getCell('I2').value = 'проверено';
      ws.getCell('J6').note = 'внизу';
    });
    await runKeepingUserCells(file, 'preview', 'dailyRun');
  });
});

describe('owned sheets never take a user sheet of the same name', () => {
  it('leaves a user sheet named Дебиторка as it is and says so; rewrites its own one afterwards', async () => {
    const file = await workbookWith();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const mine = workbook.addWorksheet('Дебиторка');
    mine.getCell('A1').value = 'Мой учёт долгов';
    mine.getCell('B2').value = 125_000;
    mine.getCell('B2').note = 'сверено с бухгалтерией';
    await workbook.xlsx.writeFile(file);
    const before = await userCells(file);
    const { out, toasts } = await run(file);
    expect(await sameCellsIn(out, before)).toEqual(before);
    expect(toasts).toContain(
      'Лист «Дебиторка» создан не Пультом и содержит ваши данные — он не перезаписан. Переименуйте его, чтобы Пульт создал свой.',
    );
    // Renamed by the user: the next run creates and marks its own, and rewrites it from then on.
    const renamed = new ExcelJS.Workbook();
    await renamed.xlsx.readFile(out);
    renamed.getWorksheet('Дебиторка')!.name = 'Мой учёт';
    await renamed.xlsx.writeFile(out);
    const second = await run(out);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(second.out);
    expect(String(after.getWorksheet('Дебиторка')!.getCell('A1').value)).toBe('Дебиторка на 07.12.2026');
    expect(after.getWorksheet('Мой учёт')!.getCell('B2').value).toBe(125_000);
    after.getWorksheet('Дебиторка')!.getCell('A1').value = 'правка пользователя';
    await after.xlsx.writeFile(second.out);
    const third = await run(second.out);
    expect(third.toasts).not.toContain('создан не Пультом');
  });
});
