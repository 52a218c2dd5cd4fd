import { hintHolds, hintText, parseHint, type ColumnMarker } from '../../../src/core/documents/markerHint';
import type { Grid } from '../../../src/core/types';

/** A documents sheet whose header row is `headers`, with one data row. */
function sheet(name: string, headers: string[]): Grid {
  const row = headers.map((_, i) => `v${i}`);
  return { sheet: name, values: [headers, row], display: [headers, row], backgrounds: [], formats: [] };
}

const HEADERS = [
  'Номер',
  'Клиент',
  'Сумма',
  'Состояние',
  'Просрочка, дн.',
  'Следующее напоминание',
  'Проверка',
];
const HINT: ColumnMarker[] = [
  { sheet: 'Документы', column: 4, value: 'state' },
  { sheet: 'Документы', column: 5, value: 'overdueDays' },
  { sheet: 'Документы', column: 6, value: 'nextReminder' },
  { sheet: 'Документы', column: 7, value: 'check' },
];
const grids = (...list: Grid[]) => new Map(list.map((grid) => [grid.sheet, grid]));

describe('the markers hint', () => {
  it('holds where the header rows show our four columns exactly where it puts them', () => {
    expect(hintHolds(HINT, grids(sheet('Документы', HEADERS), sheet('Команда', ['Сотрудник'])))).toBe(true);
  });

  it('holds for English and distinct headers too', () => {
    const headers = [
      'Number',
      'Состояние',
      'Сумма',
      'Состояние (Пульт)',
      'Overdue, days',
      'Next reminder',
      'Check',
    ];
    const hint = [{ ...HINT[0] }, ...HINT.slice(1)];
    // A user column headed like ours (B) that no marker names: the hint does not hold.
    expect(hintHolds(hint, grids(sheet('Документы', headers)))).toBe(false);
    headers[1] = 'Клиент';
    expect(hintHolds(hint, grids(sheet('Документы', headers)))).toBe(true);
  });

  it('does not hold after a column is inserted before ours', () => {
    expect(hintHolds(HINT, grids(sheet('Документы', ['Тип', ...HEADERS])))).toBe(false);
  });

  it('does not hold when our header was renamed, moved or removed', () => {
    const renamed = HEADERS.map((header) => (header === 'Проверка' ? 'Мои заметки' : header));
    expect(hintHolds(HINT, grids(sheet('Документы', renamed)))).toBe(false);
    const swapped = [...HEADERS.slice(0, 3), HEADERS[4], HEADERS[3], ...HEADERS.slice(5)];
    expect(hintHolds(HINT, grids(sheet('Документы', swapped)))).toBe(false);
    expect(hintHolds(HINT, grids(sheet('Документы', HEADERS.slice(0, 6))))).toBe(false);
  });

  it('does not hold for a sheet it names that was not read (renamed or gone), nor for a value that is not ours', () => {
    expect(hintHolds(HINT, grids(sheet('Счета', HEADERS)))).toBe(false);
    expect(
      hintHolds([{ ...HINT[0], value: 'other' }, ...HINT.slice(1)], grids(sheet('Документы', HEADERS))),
    ).toBe(false);
  });

  it('holds empty where no header rows show ours, and not where one does', () => {
    expect(hintHolds([], grids(sheet('Документы', HEADERS.slice(0, 3))))).toBe(true);
    expect(hintHolds([], grids(sheet('Документы', HEADERS)))).toBe(false);
  });

  it('is kept as a short text and read back; anything else is no hint', () => {
    expect(parseHint(hintText(HINT) ?? '')).toEqual(HINT);
    expect(parseHint('[["Документы",0,"state"]]')).toBeNull();
    expect(parseHint('not json')).toBeNull();
    expect(parseHint('{"a":1}')).toBeNull();
    const many = Array.from({ length: 500 }, (_, i) => ({
      sheet: 'Документы',
      column: i + 1,
      value: 'state',
    }));
    expect(hintText(many)).toBeNull();
  });
});
