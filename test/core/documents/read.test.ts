import { managerDirectory } from '../../../src/core/documents/managers';
import { readDocuments } from '../../../src/core/documents/read';
import type { RegisterMapping } from '../../../src/core/registers/types';
import type { CellValue, Grid } from '../../../src/core/types';

const HEADER = [
  'Клиент',
  'Тип',
  '№',
  'Сумма',
  'Дата',
  'Отсрочка, дн.',
  'Срок оплаты',
  'Оплачено',
  'Дата оплаты',
  'Email клиента',
  'Ответственный',
  'Не напоминать',
  'Направление',
  'Валюта',
  'Оригинал',
] as const;

const FIELDS = [
  'counterparty',
  'type',
  'number',
  'amount',
  'date',
  'deferralDays',
  'dueDate',
  'paidAmount',
  'paidDate',
  'clientEmail',
  'manager',
  'pause',
  'direction',
  'currency',
  'originals',
] as const;

type Row = Partial<Record<(typeof FIELDS)[number], CellValue>>;

/** A register with a title above the header (header on grid row 2, i.e. sheet row 3). */
function grid(rows: Row[]): { grid: Grid; mapping: RegisterMapping<'documents'> } {
  const values: CellValue[][] = [
    ['Реестр документов', ...HEADER.slice(1).map(() => '')],
    HEADER.map(() => ''),
    [...HEADER],
    ...rows.map((row) => FIELDS.map((field) => row[field] ?? '')),
  ];
  const display = values.map((row) => row.map((cell) => (typeof cell === 'string' ? cell : String(cell))));
  const columns = Object.fromEntries(FIELDS.map((field, col) => [field, col]));
  return {
    grid: { sheet: 'Документы', values, display, backgrounds: [], formats: [] },
    mapping: {
      kind: 'documents',
      sheet: 'Документы',
      headerRow: 2,
      columns,
      headers: [...HEADER],
      missing: [],
      unknown: [],
      overridden: [],
      weekColumns: [],
    },
  };
}

const team = managerDirectory([
  { person: 'Иванова Анна', email: 'anna@agency.example' },
  { person: 'Петров Олег', email: 'oleg@agency.example' },
]);

function read(rows: Row[], timeZone = 'Europe/Moscow') {
  const { grid: g, mapping } = grid(rows);
  return readDocuments(g, mapping, { timeZone, today: '2026-12-07', managers: team });
}

describe('reading document rows', () => {
  it('reads text dates and money exactly and keeps the grid row for writing back', () => {
    const [record] = read([
      {
        counterparty: 'ООО Ромашка',
        type: 'Счёт',
        number: '101',
        amount: '10 000,50 ₽',
        date: '20.11.2026',
        dueDate: '10.12.2026',
        clientEmail: 'buh@romashka.example; ceo@romashka.example',
        manager: 'Иванова',
      },
    ]);
    expect(record).toMatchObject({
      row: 3,
      type: 'invoice',
      amount: 1_000_050,
      currency: 'RUB',
      date: '2026-11-20',
      dueDate: '2026-12-10',
      clientEmails: ['buh@romashka.example', 'ceo@romashka.example'],
      managerEmail: 'anna@agency.example',
      direction: 'incoming',
      problems: [],
    });
  });

  it('computes the due date from the date and the deferral, across February of a leap year', () => {
    const [record] = read([{ type: 'счет', date: '15.02.2028', deferralDays: 15, amount: 100 }]);
    expect(record.dueDate).toBe('2028-03-01');
  });

  it.each([
    ['5 банковских дней', '2027-01-12'], // 28, 29, 30 Dec, 11, 12 Jan: the holidays are not banking days
    ['5 раб. дн.', '2027-01-12'],
    ['5', '2026-12-30'],
    ['14 дн.', '2027-01-08'],
  ])('counts a term of %p from 25.12.2026 to %p', (deferralDays, due) => {
    const [record] = read([{ type: 'счет', date: '25.12.2026', deferralDays, amount: 100 }]);
    expect(record.dueDate).toBe(due);
    expect(record.problems).toEqual([]);
  });

  it('prefers an explicit due date over the deferral', () => {
    const [record] = read([{ type: 'счет', date: '01.12.2026', deferralDays: 5, dueDate: '20.12.2026' }]);
    expect(record.dueDate).toBe('2026-12-20');
  });

  it.each([
    {
      zone: 'Europe/Moscow',
      // Midnight of 10 Dec in Moscow is still 9 Dec in UTC and in New York.
      cell: new Date('2026-12-09T21:00:00Z'),
    },
    {
      zone: 'America/New_York',
      // 22:00 on 10 Dec in New York is already 11 Dec in UTC and in Moscow.
      cell: new Date('2026-12-11T03:00:00Z'),
    },
  ])(
    'reads a Date cell of 10 Dec in a spreadsheet set to $zone as 10 Dec, whatever the script zone',
    ({ zone, cell }) => {
      const [record] = read([{ type: 'счёт', amount: 100, dueDate: cell }], zone);
      expect(record.dueDate).toBe('2026-12-10');
    },
  );

  it('treats a paid date without a paid amount as no amount (paid in full is decided by the state)', () => {
    const [record] = read([{ type: 'счёт', amount: '1 000', paidDate: '01.12.2026' }]);
    expect(record).toMatchObject({ paidDate: '2026-12-01', paidAmount: null });
  });

  it('reads currencies from the currency column or the amount, defaulting to roubles', () => {
    const records = read([
      { type: 'счёт', amount: '1 000', currency: 'USD' },
      { type: 'счёт', amount: '$1,000.25' },
      { type: 'счёт', amount: 5000, currency: 'руб.' },
      { type: 'счёт', amount: 5000 },
    ]);
    expect(records.map((record) => [record.amount, record.currency])).toEqual([
      [100_000, 'USD'],
      [100_025, 'USD'],
      [500_000, 'RUB'],
      [500_000, 'RUB'],
    ]);
  });

  it('reads direction, pause and originals', () => {
    const [outgoing, paused, original] = read([
      { type: 'счёт', direction: 'исходящий' },
      { type: 'счёт', pause: true },
      { type: 'акт', originals: 'скан' },
    ]);
    expect(outgoing.direction).toBe('outgoing');
    expect(paused.paused).toBe(true);
    expect(original.originals).toBe('scan');
  });

  it('resolves a manager given as an email or as a full name', () => {
    const records = read([
      { type: 'счёт', manager: 'Oleg@Agency.example' },
      { type: 'счёт', manager: 'Петров Олег' },
      { type: 'счёт', manager: 'Сидоров' },
    ]);
    expect(records.map((record) => record.managerEmail)).toEqual([
      'oleg@agency.example',
      'oleg@agency.example',
      null,
    ]);
  });

  it('skips empty rows', () => {
    expect(read([{}, { type: 'акт' }, {}]).map((record) => record.row)).toEqual([4]);
  });

  it.each([
    {
      name: 'unparseable amount',
      row: { type: 'счёт', amount: 'десять тысяч' },
      code: 'badAmount',
      cell: 'D4',
    },
    { name: 'unparseable date', row: { type: 'счёт', date: '32.12.2026' }, code: 'badDate', cell: 'E4' },
    { name: 'unparseable due date', row: { type: 'счёт', dueDate: 'завтра' }, code: 'badDate', cell: 'G4' },
    {
      name: 'invalid client email',
      row: { type: 'счёт', clientEmail: 'buh@romashka' },
      code: 'badEmail',
      cell: 'J4',
    },
    { name: 'unknown type', row: { type: 'письмо' }, code: 'unknownType', cell: 'B4' },
    { name: 'missing type', row: { number: '7', amount: 100 }, code: 'noType', cell: 'B4' },
    {
      name: 'fractional deferral',
      row: { type: 'счёт', deferralDays: '2,5' },
      code: 'badDeferral',
      cell: 'F4',
    },
    { name: 'odd pause mark', row: { type: 'счёт', pause: 'может быть' }, code: 'badFlag', cell: 'L4' },
  ] as { name: string; row: Row; code: string; cell: string }[])(
    'reports $name at its cell',
    ({ row, code, cell }) => {
      const [record] = read([row]);
      expect(record.problems.map((problem) => [problem.code, problem.cell])).toEqual([[code, cell]]);
    },
  );
});
