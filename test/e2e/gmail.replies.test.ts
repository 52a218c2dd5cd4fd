/**
 * The Gmail build end to end, on the local services (test/support/gmailBundle.ts): a client's
 * reply dropped into `inbox/` holds the next reminder and reaches the AM digest with a link to the
 * thread; an out-of-office does not; a bounce flags the address in `Проверка` and stops mail to it;
 * a Drive-linked invoice goes as a PDF attachment.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bounce, clientReply, dropIntoInbox, outOfOffice } from '../support/inboxMail';
import { agency, AM, CLIENT, DRIVE_ID, sheetRows } from './gmail.fixture';

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
    // The run that read the bounce flags the row at once; the next one keeps the flag and the silence.
    for (const day of ['2026-12-09', '2026-12-10']) {
      if (day === '2026-12-10') await a.run(day);
      const docs = await sheetRows(a.outDir, 'Документы');
      const check = docs[0].findIndex((title) => title.startsWith('Проверка'));
      expect(docs[1][check]).toContain(`письма на ${CLIENT} возвращаются`);
    }
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
