/**
 * The example agency (`npm start`: examples/agency.xlsx, one spreadsheet with both registers,
 * 07.12.2026, send mode) through the same entry points the CLI calls, into a temporary output:
 * the outbox is what an account manager would be glad to have sent, and a second run sends nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryPointsFor } from '../../src/local/runner/cli';
import { PROJECT_ROOT } from '../../src/local/runner/project';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { readOutbox, type Mail } from './reminders.fixture';

const EXAMPLES = [join(PROJECT_ROOT, 'examples', 'agency.xlsx')];
/** The example team's account managers (scripts/examples/data.mjs). */
const ACCOUNT_MANAGERS = [
  'd.egorova@agency.example.com',
  'm.sidorova@agency.example.com',
  'p.kuznetsov@agency.example.com',
];

let toasts: string[] = [];

async function runExamples(outDir: string, today = '2026-12-07'): Promise<number> {
  let sent = 0;
  toasts = [];
  for (const file of EXAMPLES) {
    const runtime = await createLocalRuntime({
      file,
      outDir,
      today,
      mode: 'send',
      distDir: DIST,
    });
    // A trigger run shows no toast: what it says is what it returns (the recalculation's lines first).
    const said = entryPointsFor(runtime).map((fn) => String(runtime.call(fn) ?? ''));
    await runtime.save();
    toasts.push(...runtime.ui.toasts.map((toast) => toast.message), ...said);
    sent += runtime.sent().length;
  }
  return sent;
}

let outDir: string;
let mails: Mail[];
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'account-desk-examples-'));
  await runExamples(outDir);
  mails = await readOutbox(outDir);
}, 180_000);

const find = (prefix: string) => mails.filter((mail) => mail.subject.startsWith(prefix));

it('sends a pre-due and an overdue reminder, a STOP alert, AM digests and the Monday load digest', () => {
  expect(find('Напоминание о сроке оплаты').length).toBeGreaterThan(0);
  expect(find('Оплата по счетам').length).toBeGreaterThan(0);
  expect(find('СТОП по регламенту').length).toBeGreaterThan(0);
  expect(find('Пульт аккаунта: дела на 07.12.2026').length).toBeGreaterThan(0);
  expect(find('Загрузка команды').length).toBe(1);
});

it('finds both registers on the first run: no "not found" in what the add-on says', () => {
  expect(toasts.length).toBeGreaterThan(0);
  expect(toasts.filter((message) => /не найден/.test(message))).toEqual([]);
  expect(toasts[0].split('\n').slice(0, 2).join('\n')).toBe(
    'Пересчитано: 12 сотрудников × 7 недель, 1 проблема в данных\nДокументы: 56 документов, 2 проблемы в данных',
  );
});

it("sends the day's 16 emails, as the README says", () => {
  // 2 STOP alerts, 1 polite and 5 overdue reminders (2 of them escalated: Гранит and Вектор are 14+
  // days overdue), 3 renewals, 3 AM digests, the Monday load digest and the accountant's weekly
  // digest (counted by hand from the example data).
  expect(mails).toHaveLength(16);
  expect(find('СТОП по регламенту')).toHaveLength(2);
  expect(find('Напоминание о сроке оплаты')).toHaveLength(1);
  // One of the 5 overdue reminders goes to Пиксель in English: its language in the Клиенты directory is `en`.
  expect(find('Оплата по счетам')).toHaveLength(2);
  expect(find('Просроченная оплата')).toHaveLength(2);
  expect(find('Outstanding invoices')).toHaveLength(1);
  expect(find('Пора продлить договоры')).toHaveLength(3);
  expect(find('Платежи и оригиналы')).toHaveLength(1);
});

it('sends each account manager one digest of the day', () => {
  const digests = find('Пульт аккаунта: дела на 07.12.2026');
  expect(digests.map((mail) => mail.to).sort()).toEqual(ACCOUNT_MANAGERS.map((address) => [address]));
});

it('writes client emails politely, with invoice numbers, amounts, due dates and a signature', () => {
  const clientMails = ['Напоминание о сроке оплаты', 'Оплата по счетам', 'Просроченная оплата'].flatMap(find);
  for (const mail of clientMails) {
    const text = mail.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toMatch(/^Здравствуйте!/);
    expect(text).toMatch(/Счёт № \S+ на \d{1,3}( \d{3})*,\d\d ₽, срок оплаты (был )?\d\d\.\d\d\.2026/);
    // Signed by the AM as the team sheet knows them: name, position with the agency, address.
    expect(text).toMatch(/С уважением,\n\S+ \S+\n[^\n]+, Агентство «Пример»\n\S+@agency\.example\.com$/);
    expect(text).toMatch(/Итого к оплате: \d{1,3}( \d{3})*,\d\d ₽/);
    expect(text).not.toMatch(/\{\w+\}/);
  }
});

it('tells an AM about overload on the clients they lead', () => {
  const digests = find('Пульт аккаунта');
  expect(digests.some((mail) => mail.text.includes('Перегрузка на ваших клиентах'))).toBe(true);
});

it('sends nothing when run again', async () => {
  expect(await runExamples(outDir)).toBe(0);
  expect(await readOutbox(outDir)).toHaveLength(mails.length);
}, 180_000);

it('writes to no client on the next day who heard from us today (the cadence window)', async () => {
  const clientSubjects =
    /^(Напоминание о сроке оплаты|Оплата по счетам|Payment due soon|Outstanding invoices)/;
  const clientsOf = (list: Mail[]) => list.filter((mail) => clientSubjects.test(mail.subject));
  const remindedToday = new Set(clientsOf(mails).flatMap((mail) => mail.to));
  expect(remindedToday.size).toBeGreaterThan(0);
  await runExamples(outDir, '2026-12-08');
  const nextDay = clientsOf((await readOutbox(outDir)).slice(mails.length));
  expect(nextDay.flatMap((mail) => mail.to).filter((address) => remindedToday.has(address))).toEqual([]);
}, 180_000);
