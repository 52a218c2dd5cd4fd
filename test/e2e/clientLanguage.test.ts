/**
 * An agency without a Клиенты directory, run by someone whose interface is English (Settings, or
 * the CLI user's locale): the agency's people read English, the clients still get letters in the
 * spreadsheet's language (its locale is ru_RU).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../support/bundle';
import { dailyRun, invoice, readOutbox, writeWorkbook, type Mail } from './reminders.fixture';

let mails: Mail[];
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-client-lang-'));
  const file = await writeWorkbook(dir, 'agency', {
    docs: [invoice('C-1132', 'ООО «Ромашка»', '09.12.2026', 'buh@romashka.example')],
    settings: { language: 'en' },
  });
  await dailyRun({ file, outDir: join(dir, 'out'), today: '2026-12-07', distDir: DIST });
  mails = await readOutbox(join(dir, 'out'));
}, 120_000);

it('writes to the client in the spreadsheet’s language, not in the interface language', () => {
  const [toClient] = mails.filter((mail) => mail.to.includes('buh@romashka.example'));
  expect(toClient.subject).toBe('Напоминание о сроке оплаты — ООО «Ромашка»');
  expect(toClient.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(
    'Счёт № C-1132 на 12 345,50 ₽, срок оплаты 09.12.2026',
  );
});

it('writes to the agency’s own people in the interface language', () => {
  const [digest] = mails.filter((mail) => mail.to.includes('anna@agency.example'));
  expect(digest.subject).toBe('Account Desk: your day, 2026-12-07');
});
