import { writeDocumentRow } from '../../../src/app/forms/addDocument';
import { TENTATIVE_BLUE, writeBooking } from '../../../src/app/forms/bookLoad';
import { writePayment } from '../../../src/app/forms/registerPayment';
import type { CellBlock, Workbook } from '../../../src/app/ports';
import type { Booking } from '../../../src/core/forms/loadForm';
import type { RegisterMapping } from '../../../src/core/registers/types';
import type { CellValue, Grid } from '../../../src/core/types';

type Write = { sheet: string; row: number; col: number; block: CellBlock };

function recordingWorkbook(): { workbook: Workbook; writes: Write[] } {
  const writes: Write[] = [];
  const workbook = {
    writeBlock: (sheet: string, row: number, col: number, block: CellBlock) =>
      writes.push({ sheet, row, col, block }),
  } as unknown as Workbook;
  return { workbook, writes };
}

function grid(sheet: string, values: CellValue[][], backgrounds: string[][] = []): Grid {
  return { sheet, values, display: [], backgrounds, formats: [] };
}

function mapping<K extends 'documents' | 'load'>(
  kind: K,
  sheet: string,
  columns: RegisterMapping<K>['columns'],
  weekColumns: RegisterMapping['weekColumns'] = [],
): RegisterMapping<K> {
  return {
    kind,
    sheet,
    headerRow: 0,
    columns,
    headers: [],
    missing: [],
    unknown: [],
    overridden: [],
    weekColumns,
  };
}

describe('add document writes one row', () => {
  const docs = mapping('documents', 'Документы', {
    type: 0,
    number: 1,
    counterparty: 2,
    date: 3,
    amount: 4,
    dueDate: 6,
  });
  const existing = grid('Документы', [
    ['Тип', 'Номер', 'Клиент', 'Дата', 'Сумма', 'Комментарий', 'Срок оплаты'],
    ['счёт', '1', 'А', '', 100, 'свой текст', ''],
  ]);

  it('after the last row, at the mapped columns, with exact roubles and Moscow midnight dates', () => {
    const { workbook, writes } = recordingWorkbook();
    const row = writeDocumentRow(
      { workbook },
      docs,
      existing,
      {
        type: 'invoice',
        number: 'СЧ-2',
        counterparty: 'Ромашка',
        direction: 'incoming',
        contract: '',
        date: '2026-12-07',
        amount: 1_000_050,
        currency: null,
        dueDate: '2026-12-17',
        clientEmails: [],
        manager: '',
      },
      'ru',
      'Europe/Moscow',
    );
    expect(row).toBe(3);
    expect(writes).toHaveLength(1);
    const [{ row: at, col, block }] = writes;
    expect([at, col]).toEqual([3, 1]);
    const values = block.values[0];
    expect(values.slice(0, 3)).toEqual(['счёт', 'СЧ-2', 'Ромашка']);
    expect((values[3] as Date).toISOString()).toBe('2026-12-06T21:00:00.000Z');
    expect(values[4]).toBe(10000.5);
    expect(values[5]).toBe('');
    expect((values[6] as Date).toISOString()).toBe('2026-12-16T21:00:00.000Z');
  });
});

describe('register payment adds to what was paid', () => {
  const docs = mapping('documents', 'Документы', { number: 0, amount: 1, paidDate: 3, paidAmount: 4 });
  const sheet = grid('Документы', [
    ['Номер', 'Сумма', 'Заметка', 'Дата оплаты', 'Оплачено'],
    ['СЧ-1', '10 000,00', 'x', '', 4000],
  ]);

  it('writes only the paid amount and the paid date cells of the chosen row', () => {
    const { workbook, writes } = recordingWorkbook();
    const result = writePayment(
      { workbook },
      docs,
      sheet,
      { row: 1, number: 'СЧ-1', paidDate: '2026-12-10', amount: 250_000 },
      'ru',
      'Europe/Moscow',
    );
    expect(result).toEqual({ paid: 650_000, outstanding: 350_000 });
    expect(writes.map((w) => [w.row, w.col, w.block.values[0].length])).toEqual([
      [2, 5, 1],
      [2, 4, 1],
    ]);
    expect(writes[0].block.values[0][0]).toBe(6500);
  });

  it('refuses when the row no longer holds the invoice the list showed', () => {
    const { workbook, writes } = recordingWorkbook();
    expect(() =>
      writePayment(
        { workbook },
        docs,
        sheet,
        { row: 1, number: 'СЧ-9', paidDate: '2026-12-10', amount: 1 },
        'ru',
        'UTC',
      ),
    ).toThrow('forms.error.rowChanged');
    expect(writes).toEqual([]);
  });
});

describe('book load', () => {
  const weeks = [
    { col: 2, week: '2026-11-30', header: '30.11' },
    { col: 3, week: '2026-12-07', header: '07.12' },
  ];
  const load = mapping('load', 'Загрузка', { person: 0, task: 1 }, weeks);
  const sheet = grid(
    'Загрузка',
    [
      ['Сотрудник', 'Клиент / задача', '30.11', '07.12'],
      ['Иванова', 'Ромашка', 0.2, ''],
      ['', 'Лютик', 0.3, 0.1],
      ['Петров', 'Ромашка', '', ''],
    ],
    [
      ['#ffffff', '#ffffff', '#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff', '#ffffff', '#ffffff'],
      ['#ffffff', '#ffffff', '#ffffff', '#cfe2f3'],
      ['#ffffff', '#ffffff', '#ffffff', '#fff2cc'],
    ],
  );
  const booking = (change: Partial<Booking>): Booking => ({
    person: 'Иванова',
    client: 'Лютик',
    week: '2026-12-07',
    amount: { kind: 'percent', points: 40 },
    tentative: false,
    ...change,
  });

  it('updates the week cell of the person+client row, found under a carried-down person', () => {
    const { workbook, writes } = recordingWorkbook();
    expect(writeBooking({ workbook }, load, sheet, booking({}), 'ru')).toEqual({ row: 3, added: false });
    expect(writes).toEqual([
      {
        sheet: 'Загрузка',
        row: 3,
        col: 4,
        block: { values: [[0.4]], numberFormats: [['0%']], backgrounds: [[null]] },
      },
    ]);
  });

  it('keeps a user colour that is not the tentative blue, and paints tentative cells blue', () => {
    const { workbook, writes } = recordingWorkbook();
    writeBooking({ workbook }, load, sheet, booking({ person: 'Петров', client: 'ромашка' }), 'ru');
    writeBooking(
      { workbook },
      load,
      sheet,
      booking({ person: 'Петров', client: 'Ромашка', tentative: true }),
      'ru',
    );
    expect(writes.map((w) => w.block.backgrounds)).toEqual([[['#fff2cc']], [[TENTATIVE_BLUE]]]);
  });

  it('appends a row with person, client and the week cell when the pair is new', () => {
    const { workbook, writes } = recordingWorkbook();
    const amount = { kind: 'hours' as const, text: '8ч', points: 20 };
    expect(writeBooking({ workbook }, load, sheet, booking({ client: 'Василёк', amount }), 'ru')).toEqual({
      row: 5,
      added: true,
    });
    expect(writes[0]).toMatchObject({
      row: 5,
      col: 1,
      block: { values: [['Иванова', 'Василёк', '', '8ч']] },
    });
  });

  it('refuses a week the sheet has no column for, writing nothing', () => {
    const { workbook, writes } = recordingWorkbook();
    expect(() => writeBooking({ workbook }, load, sheet, booking({ week: '2026-12-14' }), 'ru')).toThrow(
      'forms.error.noWeekColumn',
    );
    expect(writes).toEqual([]);
  });
});
