/**
 * The forms read document states from the one producer every feature uses, so
 * a manager named in the documents register is resolved through the team
 * sheet in the forms exactly as in the recalculation and the reminders.
 */
import { runContext } from '../../../src/app/context';
import { documentStatesOf } from '../../../src/app/documentStates';
import { readWorkbook } from '../../../src/app/readWorkbook';
import { memoryEnv } from '../../support/memoryEnv';

it('the forms resolve the manager named in a document through the team sheet', () => {
  const env = memoryEnv({
    now: '2026-12-02T09:00:00+03:00',
    sheets: {
      Команда: [
        ['Сотрудник', 'Email', 'Роль'],
        ['Анна Смирнова', 'anna@agency.example', 'аккаунт'],
      ],
      Документы: [
        ['Тип', 'Номер', 'Клиент', 'Дата', 'Сумма', 'Срок оплаты', 'Ответственный', 'Email клиента'],
        [
          'счёт',
          'С-1',
          'Клиент 1',
          '01.10.2026',
          '12 345,50 ₽',
          '20.11.2026',
          'Анна Смирнова',
          'c1@client.example',
        ],
      ],
    },
  });
  const ctx = runContext(env, 'sidebar');
  // What the forms read: the workbook without styles, then the shared producer.
  const states = documentStatesOf(readWorkbook(env, ctx, { styles: false }), ctx)?.states ?? [];
  expect(states.map((state) => state.managerEmail)).toEqual(['anna@agency.example']);
});
