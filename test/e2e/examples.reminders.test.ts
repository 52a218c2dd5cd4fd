/**
 * The example agency (`npm start`: 07.12.2026, send mode) through the same
 * entry points the CLI calls, into a temporary output: the outbox is what an
 * account manager would be glad to have sent, and a second run sends nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entryPointsFor } from '../../src/local/cli';
import { createLocalRuntime, PROJECT_ROOT } from '../../src/local/runtime';
import { DIST } from '../support/bundle';
import { readOutbox, type Mail } from './reminders.fixture';

const EXAMPLES = ['agency-load', 'agency-documents'].map((name) =>
  join(PROJECT_ROOT, 'examples', `${name}.xlsx`),
);

async function runExamples(outDir: string): Promise<number> {
  let sent = 0;
  for (const file of EXAMPLES) {
    const runtime = await createLocalRuntime({
      file,
      outDir,
      today: '2026-12-07',
      mode: 'send',
      distDir: DIST,
    });
    for (const fn of entryPointsFor(runtime)) runtime.call(fn);
    await runtime.save();
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

it('writes client emails politely, with invoice numbers, amounts, due dates and a signature', () => {
  for (const mail of [...find('Напоминание о сроке оплаты'), ...find('Оплата по счетам')]) {
    const text = mail.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toMatch(/^Здравствуйте!/);
    expect(text).toMatch(/Счёт № \S+ на \d{1,3}( \d{3})*,\d\d ₽, срок оплаты (был )?\d\d\.\d\d\.2026/);
    expect(text).toMatch(/С уважением,\n\S+ \S+$/);
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
