import { managerDirectory } from '../../../src/core/documents/managers';
import { readDocuments } from '../../../src/core/documents/read';
import { documentRules, evaluateDocuments } from '../../../src/core/documents/state';
import { summarizeDocuments } from '../../../src/core/documents/summary';
import { detectRegister } from '../../../src/core/registers';
import type { RegisterMapping } from '../../../src/core/registers/types';
import { toReminderDocument } from '../../../src/core/reminders/fromDocuments';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { CellValue, Grid } from '../../../src/core/types';

const today = '2026-12-07';
const rules = documentRules(DEFAULT_SETTINGS);

function states(rows: CellValue[][]) {
  const values = [['Тип', '№', 'Клиент', 'Дата', 'Сумма', 'Срок оплаты', 'Статус', 'Email клиента'], ...rows];
  const grid: Grid = {
    sheet: 'Документы',
    values,
    display: values.map((row) => row.map(String)),
    backgrounds: [],
    formats: [],
  };
  const dates = { timeZone: 'Europe/Moscow', referenceDay: today };
  const mapping = detectRegister(grid, [], dates) as RegisterMapping<'documents'>;
  const records = readDocuments(grid, mapping, {
    timeZone: dates.timeZone,
    today,
    managers: managerDirectory([]),
  });
  return evaluateDocuments(records, { today, rules, lang: 'ru' });
}

describe('a dispute (статус «спор»)', () => {
  const rows: CellValue[][] = [
    ['счёт', '10', 'ООО «Ромашка»', '01.11.2026', '50000', '25.11.2026', 'спор', 'buh@romashka.ru'],
    ['счёт', '11', 'Ромашка', '01.12.2026', '20000', '10.12.2026', 'выставлен', 'buh@romashka.ru'],
    ['счёт', '12', 'Альфа', '01.11.2026', '10000', '25.11.2026', 'выставлен', 'fin@alfa.ru'],
  ];

  it('stops the cadence of every reminder to that client, and no other client’s', () => {
    const [disputed, sameClient, other] = states(rows);
    expect([disputed.disputed, disputed.reminderEligible]).toEqual([true, false]);
    expect([sameClient.clientDisputed, sameClient.reminderEligible]).toEqual([true, false]);
    expect(other.reminderEligible).toBe(true);
    expect(toReminderDocument(sameClient).paused).toBe(true);
    expect(toReminderDocument(disputed)).toMatchObject({ paused: true, disputed: true });
  });

  it('is never paid: the money stays outstanding and overdue, and the state says «спор» first', () => {
    const [disputed] = states(rows);
    expect(disputed.outstanding).toBe(5_000_000);
    expect(disputed.kind).toBe('overdue');
    expect(disputed.label).toBe('спор; просрочен 12 дней');
  });

  it('shows on the dashboard with its age', () => {
    const summary = summarizeDocuments(states(rows), { today, rules, lang: 'ru' });
    expect(summary.disputed).toBe(1);
    expect(summary.nextActions[0]).toMatchObject({
      number: '10',
      action: 'разобрать спор с клиентом: напоминания на паузе, после срока 12 дней',
    });
  });

  it.each(['спор', 'Спорный', 'претензия', 'dispute', 'Disputed'])('the status %p is a dispute', (status) => {
    expect(
      states([['счёт', '1', 'Бета', '01.11.2026', '100', '25.11.2026', status, 'b@b.ru']])[0].disputed,
    ).toBe(true);
  });
});
