/**
 * The Gmail build end to end, on the local services (test/support/gmailBundle.ts): a client's
 * reply dropped into `inbox/` holds the next reminder and reaches the AM digest with a link to the
 * thread; an out-of-office does not; a bounce flags the address in `Проверка` and stops mail to it;
 * a Drive-linked invoice goes as a PDF attachment.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { gmailDailyRun, readThreadedMail, type ThreadedMail } from '../support/gmailBundle';
import { bounce, clientReply, dropIntoInbox, outOfOffice } from '../support/inboxMail';
import { TEAM } from './reminders.fixture';

const CLIENT = 'buh@romashka.example';
const AM = 'anna@agency.example';
const DRIVE_ID = '1InvoicePdfFileOnDrive_0001';
const HEADER = [
  'Тип',
  'Номер',
  'Клиент',
  'Дата',
  'Сумма',
  'Срок оплаты',
  'Ответственный',
  'Email клиента',
  'Ссылка',
];

/** An agency with one invoice due 01.12.2026 (overdue reminders on 02.12 and 09.12), in send mode. */
async function agency(link = '') {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-gmail-replies-'));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Команда').addRows(TEAM);
  const docs = workbook.addWorksheet('Документы');
  docs.addRow(HEADER);
  docs.addRow([
    'счёт',
    'С-12',
    'Ромашка',
    '01.10.2026',
    '12 345,50 ₽',
    '01.12.2026',
    'Анна Смирнова',
    CLIENT,
    link,
  ]);
  workbook.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const file = join(dir, 'agency.xlsx');
  await workbook.xlsx.writeFile(file);
  const settings = { mode: 'send', headEmail: 'head@agency.example', senderName: 'Агентство «Пример»' };
  writeFileSync(
    join(dir, 'agency.properties.json'),
    JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify(settings) } }),
  );
  const outDir = join(dir, 'out');
  const driveDir = join(dir, 'drive');
  const run = (today: string) => gmailDailyRun({ file, outDir, today, driveDir });
  const mail = async () => readThreadedMail(outDir);
  const toClient = async () => (await mail()).filter((m) => m.to.includes(CLIENT));
  const digestOf = async (day: string): Promise<ThreadedMail | undefined> =>
    (await mail()).find((m) => m.to.includes(AM) && m.subject.includes(day));
  return { dir, outDir, driveDir, run, mail, toClient, digestOf };
}

async function sheetRows(outDir: string, sheet: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(outDir, 'agency.xlsx'));
  const rows: string[][] = [];
  workbook.getWorksheet(sheet)?.eachRow((row) => {
    const values = row.values as unknown[];
    rows.push(values.slice(1).map((value) => (value === null || value === undefined ? '' : String(value))));
  });
  return rows;
}

describe('the Gmail build reads the mailbox before it sends', () => {
  it('holds the next reminder when the client replied, and tells the AM with a link to the thread', async () => {
    const a = await agency();
    await a.run('2026-12-02');
    const [first] = await a.toClient();
    expect(first.messageId).not.toBe('');
    dropIntoInbox(
      a.outDir,
      'reply.eml',
      clientReply({
        inReplyTo: first.messageId,
        from: `Бухгалтерия <${CLIENT}>`,
        to: AM,
        text: 'Добрый день!\r\nОплатим в пятницу, платёжка у директора.\r\n\r\n> Напоминаем об оплате',
      }),
    );
    const held = await a.run('2026-12-09');
    expect(await a.toClient()).toHaveLength(1);
    expect(held.result).toContain('ответов клиентов 1');
    const digest = await a.digestOf('09.12.2026');
    expect(digest?.text).toContain(
      'Ромашка: клиент ответил 08.12.2026: «Оплатим в пятницу, платёжка у директора.»',
    );
    expect(digest?.text).toMatch(/напоминания на паузе до 22\.12\.2026\s+\S+/);
    const log = await sheetRows(a.outDir, 'Журнал');
    expect(log.map((row) => row[5])).toEqual(
      expect.arrayContaining(['пауза: клиент ответил', 'не отправлено: клиент ответил 08.12']),
    );
  }, 120_000);

  it('is not stopped by an out-of-office: the next reminder goes, as a reply in the same thread', async () => {
    const a = await agency();
    await a.run('2026-12-02');
    const [first] = await a.toClient();
    dropIntoInbox(a.outDir, 'ooo.eml', outOfOffice({ inReplyTo: first.messageId, from: CLIENT, to: AM }));
    await a.run('2026-12-09');
    const [, second] = await a.toClient();
    expect(second).toBeDefined();
    expect(second.inReplyTo).toBe(first.messageId);
    expect(second.references).toContain(first.messageId);
  }, 120_000);

  it('flags a bounced address in Проверка, sends it nothing more and tells the AM', async () => {
    const a = await agency();
    await a.run('2026-12-02');
    const [first] = await a.toClient();
    dropIntoInbox(a.outDir, 'bounce.eml', bounce(CLIENT, first.messageId, 'Wed, 02 Dec 2026 09:10:00 +0000'));
    await a.run('2026-12-09');
    expect(await a.toClient()).toHaveLength(1);
    expect((await a.digestOf('09.12.2026'))?.text).toContain(`письма на ${CLIENT} возвращаются`);
    await a.run('2026-12-10');
    const docs = await sheetRows(a.outDir, 'Документы');
    const check = docs[0].findIndex((title) => title.startsWith('Проверка'));
    expect(check).toBeGreaterThan(0);
    expect(docs[1][check]).toContain(`письма на ${CLIENT} возвращаются`);
    expect(await a.toClient()).toHaveLength(1);
  }, 180_000);

  it('attaches the invoice a Drive link points to as a PDF', async () => {
    const a = await agency(`https://drive.google.com/file/d/${DRIVE_ID}/view`);
    mkdirSync(join(a.driveDir, DRIVE_ID), { recursive: true });
    writeFileSync(join(a.driveDir, DRIVE_ID, 'Счёт С-12.pdf'), '%PDF-1.4\n% invoice\n');
    const run = await a.run('2026-12-02');
    const [first] = await a.toClient();
    expect(run.runtime.counters.snapshot()['DriveApp.getFileById']).toBe(1);
    expect(first.attachments).toEqual([
      expect.objectContaining({ filename: 'Счёт С-12.pdf', contentType: 'application/pdf' }),
    ]);
    expect(first.text).toContain(`https://drive.google.com/file/d/${DRIVE_ID}/view`);
  }, 120_000);

  it('sends the link alone when the Drive file cannot be attached, and tells the AM the next day', async () => {
    const a = await agency(`https://drive.google.com/file/d/${DRIVE_ID}/view`);
    await a.run('2026-12-02');
    const [first] = await a.toClient();
    expect(first.attachments).toEqual([]);
    expect(first.text).toContain(`https://drive.google.com/file/d/${DRIVE_ID}/view`);
    const log = await sheetRows(a.outDir, 'Журнал');
    expect(log.map((row) => row[5])).toContain(`без вложения: ${DRIVE_ID}: not-found`);
    await a.run('2026-12-03');
    expect((await a.digestOf('03.12.2026'))?.text).toContain(
      `ушло без вложения ${DRIVE_ID}: файл не найден на Диске`,
    );
  }, 120_000);
});
