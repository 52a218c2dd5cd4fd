/**
 * Reminders end to end: the real bundle on the local Apps Script services,
 * workbooks built in code, the outbox parsed as mail. Exactly once across
 * re-runs, mail failures and the quota; headers and bodies safe; the right
 * day across a DST change.
 */
import { mkdtempSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import {
  dailyRun,
  identity,
  invoice,
  readLog,
  readOutbox,
  writeWorkbook,
  type Doc,
} from './reminders.fixture';

const distDir = DIST;

const fresh = () => mkdtempSync(join(tmpdir(), 'account-desk-reminders-'));

/** Five invoices one day overdue on 02.12, five clients, no account manager. */
const fiveDueWithoutAm = () =>
  [1, 2, 3, 4, 5].map((n) => invoice(`С-${n}`, `Клиент ${n}`, '01.12.2026', `c${n}@client.example`, ''));
const FIVE_CLIENTS = [1, 2, 3, 4, 5].map((n) => `c${n}@client.example`);

// Wednesday 02.12.2026: a pre-due invoice (3 days), an overdue one (day 1) and a STOP (43 days).
const TODAY = '2026-12-02';
const BASE: Doc[] = [
  invoice('С-1', 'ООО «Ромашка»', '05.12.2026', 'buh@romashka.example'),
  invoice('С-2', 'ИП Лютик', '01.12.2026', 'lutik@lutik.example, boss@lutik.example'),
  invoice('С-3', 'АО «Вектор»', '20.10.2026', 'fin@vector.example'),
];

describe('a daily run on a documents workbook', () => {
  let outDir: string;
  let file: string;
  beforeAll(async () => {
    const dir = fresh();
    outDir = join(dir, 'out');
    file = await writeWorkbook(dir, 'docs', { docs: BASE });
    await dailyRun({ file, outDir, today: TODAY, distDir });
  }, 60_000);

  it('sends the pre-due and overdue reminders, the STOP alert and the AM digest', async () => {
    const subjects = (await readOutbox(outDir)).map((mail) => mail.subject).sort();
    expect(subjects).toEqual([
      'Напоминание о сроке оплаты — ООО «Ромашка»',
      'Оплата по счетам — ИП Лютик',
      'Пульт аккаунта: дела на 02.12.2026',
      'СТОП по регламенту: АО «Вектор»',
    ]);
  });

  it('addresses the client, with the AM in cc and reply-to; several addresses of one cell in one email', async () => {
    const mails = await readOutbox(outDir);
    const overdue = mails.find((mail) => mail.subject.startsWith('Оплата по счетам'))!;
    expect(overdue.to).toEqual(['lutik@lutik.example', 'boss@lutik.example']);
    expect(overdue.cc).toEqual(['anna@agency.example']);
    expect(overdue.replyTo).toEqual(['anna@agency.example']);
    const stop = mails.find((mail) => mail.subject.startsWith('СТОП'))!;
    expect(stop.to.sort()).toEqual(['anna@agency.example', 'head@agency.example']);
    const digest = mails.find((mail) => mail.subject.startsWith('Пульт аккаунта'))!;
    expect(digest.to).toEqual(['anna@agency.example']);
  });

  it('writes the invoice number, the amount as 12 345,50 ₽, the due date and the AM signature', async () => {
    const mails = await readOutbox(outDir);
    const predue = mails.find((mail) => mail.subject.startsWith('Напоминание'))!;
    // Money keeps its digits together with non-breaking spaces, as Russian typography wants.
    const text = predue.text.replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Счёт № С-1 на 12 345,50 ₽, срок оплаты 05.12.2026 (через 3 дня)');
    expect(predue.text).toMatch(/С уважением,\nАнна Смирнова/);
    const overdue = mails.find((mail) => mail.subject.startsWith('Оплата по счетам'))!;
    expect(overdue.text).toContain('срок оплаты был 01.12.2026 (просрочка 1 день)');
  });

  it('recalculates before planning: the owned state column is filled in the same run', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, 'docs.xlsx'));
    const header = (workbook.getWorksheet('Документы')!.getRow(1).values as unknown[]).map(String);
    expect(header).toContain('Состояние');
  });

  it('run again on the same day sends nothing, and the log holds each key once', async () => {
    const before = (await readOutbox(outDir)).length;
    const again = await dailyRun({ file, outDir, today: TODAY, distDir });
    expect(again.sent).toBe(0);
    expect(await readOutbox(outDir)).toHaveLength(before);
    const keys = (await readLog(outDir, 'docs')).map((row) => row.key);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('failures, quota and the next run', () => {
  it('when the mail service fails after the 2nd message, reports it, and a re-run sends exactly the rest', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', { docs: BASE });
    const first = await dailyRun({ file, outDir, today: TODAY, distDir, mailFailAfter: 2 });
    expect(first.sent).toBe(2);
    expect(first.result).toContain('отправлено 2');
    expect(first.result).toContain('повторим при следующем запуске');
    const results = (await readLog(outDir, 'docs')).map((row) => row.result);
    expect(results.filter((r) => r === 'отправлено')).toHaveLength(2);
    expect(results.filter((r) => r.startsWith('ошибка') || r === 'не отправлено')).toHaveLength(2);

    const second = await dailyRun({ file, outDir, today: TODAY, distDir });
    expect(second.sent).toBe(2);
    const mails = await readOutbox(outDir);
    expect(mails).toHaveLength(4);
    expect(new Set(mails.map(identity)).size).toBe(4);
  }, 60_000);

  it('with room for 4 recipients and 5 reminders due sends 3 and a digest naming the 2 that wait, then the 2 next day', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    // No AM on these rows: each reminder costs one recipient, and the head hears about them.
    const file = await writeWorkbook(dir, 'docs', { docs: fiveDueWithoutAm() });
    await dailyRun({ file, outDir, today: TODAY, distDir, dailyQuota: 4 });
    let mails = await readOutbox(outDir);
    const clients = () => mails.filter((mail) => mail.to[0].endsWith('@client.example'));
    expect(clients()).toHaveLength(3);
    const digest = mails.find((mail) => mail.to[0] === 'head@agency.example')!;
    expect(digest.text.match(/Не отправлено из-за дневной квоты/g)).toHaveLength(2);
    const log = await readLog(outDir, 'docs');
    expect(log.filter((row) => row.result === 'не отправлено: квота')).toHaveLength(2);

    await dailyRun({ file, outDir, today: '2026-12-03', distDir, dailyQuota: 4 });
    mails = await readOutbox(outDir);
    expect(
      clients()
        .map((mail) => mail.to[0])
        .sort(),
    ).toEqual(FIVE_CLIENTS);
  }, 60_000);
});

describe('quota with nobody to digest', () => {
  it('sends 3 of 5 due reminders under a quota of 3, and the other 2 the next day, none lost', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    // No AM and no head: no digest takes a place in the quota, every place goes to a client.
    const file = await writeWorkbook(dir, 'docs', { docs: fiveDueWithoutAm(), settings: { headEmail: '' } });
    await dailyRun({ file, outDir, today: TODAY, distDir, dailyQuota: 3 });
    expect(await readOutbox(outDir)).toHaveLength(3);
    const log = await readLog(outDir, 'docs');
    expect(log.filter((row) => row.result === 'не отправлено: квота')).toHaveLength(2);

    await dailyRun({ file, outDir, today: '2026-12-03', distDir, dailyQuota: 3 });
    const recipients = (await readOutbox(outDir)).map((mail) => mail.to[0]).sort();
    expect(recipients).toEqual(FIVE_CLIENTS);
  }, 60_000);
});

describe('unsafe cells', () => {
  it('escapes markup of a client name in HTML and rejects the email whose subject would break a line', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', {
      docs: [
        invoice('С-7', 'Клиент <script>alert(1)</script>', '01.12.2026', 'evil@client.example'),
        invoice('С-8', 'ООО Ромашка\nBcc: spy@evil.example', '01.12.2026', 'buh@romashka.example'),
      ],
    });
    const run = await dailyRun({ file, outDir, today: TODAY, distDir });
    const mails = await readOutbox(outDir);
    expect(mails.some((mail) => mail.to.includes('buh@romashka.example'))).toBe(false);
    expect(mails.flatMap((mail) => [...mail.to, ...mail.cc])).not.toContain('spy@evil.example');
    const digest = mails.find((mail) => mail.subject.startsWith('Пульт аккаунта'))!;
    expect(digest.html).toContain('Клиент &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mails.every((mail) => !mail.html.includes('<script>'))).toBe(true);
    expect(digest.text).toContain('перенос строки');
    expect(run.result).toMatch(/не отправлено из-за ошибок 0/);
    // The line break is a data problem of the row (its Проверка cell and the digest say so):
    // no email is even attempted for it, so the log has no row for that client.
    const log = await readLog(outDir, 'docs');
    expect(log.filter((row) => row.recipients.includes('buh@romashka.example'))).toEqual([]);
  }, 60_000);
});

describe('time zones', () => {
  it('in New York the day after the November DST change, a due date typed as a date is 1 day overdue', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', {
      timeZone: 'America/New_York',
      docs: [
        invoice('С-9', 'Нью-Йорк Медиа', new Date(Date.UTC(2026, 10, 1)), 'ny@client.example'),
        invoice('С-10', 'Бруклин', new Date(Date.UTC(2026, 10, 5)), 'bk@client.example'),
      ],
    });
    await dailyRun({ file, outDir, today: '2026-11-02', distDir });
    const mails = await readOutbox(outDir);
    const overdue = mails.find((mail) => mail.to.includes('ny@client.example'))!;
    expect(overdue.text).toContain('срок оплаты был 01.11.2026 (просрочка 1 день)');
    const predue = mails.find((mail) => mail.to.includes('bk@client.example'))!;
    expect(predue.text).toContain('срок оплаты 05.11.2026 (через 3 дня)');
  }, 60_000);
});

describe('preview and skip', () => {
  it('shows what would go without writing a cell, and a skipped reminder never goes', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', { docs: BASE });
    const runtime = await createLocalRuntime({ file, outDir, today: TODAY, mode: 'send', distDir });
    const preview = runtime.call('getReminderPreview') as { messages: { kind: string; key: string }[] };
    expect(preview.messages.map((m) => m.kind).sort()).toEqual(['client', 'client', 'digest.am', 'stop']);
    expect([...runtime.spreadsheet.changedSheets]).toEqual([]);
    const stop = preview.messages.find((m) => m.kind === 'stop')!;
    runtime.call('skipReminder', stop.key);
    await runtime.save();
    await dailyRun({ file, outDir, today: TODAY, distDir });
    const subjects = (await readOutbox(outDir)).map((mail) => mail.subject);
    expect(subjects).toHaveLength(3);
    expect(subjects.some((subject) => subject.startsWith('СТОП'))).toBe(false);
  }, 60_000);
});

describe('draft mode', () => {
  it('in the default build sends and drafts nothing, and says drafts need the opt-in build', async () => {
    const dir = fresh();
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', { docs: BASE });
    const run = await dailyRun({ file, outDir, today: TODAY, distDir, mode: 'draft' });
    expect(run.result).toContain('Режим «черновики» недоступен');
    expect(run.sent).toBe(0);
    for (const folder of ['outbox', 'drafts'])
      expect(existsSync(join(outDir, folder)) ? readdirSync(join(outDir, folder)) : []).toEqual([]);
  }, 60_000);
});
