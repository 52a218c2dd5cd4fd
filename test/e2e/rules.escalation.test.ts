/**
 * The escalation ladder end to end, on the real bundle and the local services: on day 14 the client
 * reminder copies the escalation contact of the Клиенты sheet in the firmer template; at STOP the
 * client hears nothing by itself, the reminders preview offers the "work paused" letter, and the AM's
 * one click sends it once, logged like every other email.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST } from '../support/bundle';
import { readLog, readOutbox, TEAM } from './reminders.fixture';

const DOCUMENTS = [
  ['Тип', 'Номер', 'Клиент', 'Дата', 'Сумма', 'Срок оплаты', 'Ответственный', 'Email клиента'],
  [
    'счёт',
    'С-14',
    'ООО «Ромашка»',
    '01.11.2026',
    '10 000 ₽',
    '01.12.2026',
    'Анна Смирнова',
    'buh@romashka.example',
  ],
  [
    'счёт',
    'С-30',
    'СеверСтрой',
    '01.10.2026',
    '20 000 ₽',
    '10.11.2026',
    'Анна Смирнова',
    'buh@sever.example',
  ],
];
const CLIENTS = [
  ['Клиент', 'Контакт для эскалации'],
  ['Ромашка', 'director@romashka.example'],
  ['СеверСтрой', 'ceo@sever.example'],
];

async function agency(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Команда').addRows(TEAM);
  book.addWorksheet('Документы').addRows(DOCUMENTS);
  book.addWorksheet('Клиенты').addRows(CLIENTS);
  book.keywords = 'accountDesk:timeZone=Europe/Moscow;locale=ru_RU';
  const file = join(dir, 'agency.xlsx');
  await book.xlsx.writeFile(file);
  const settings = { headEmail: 'head@agency.example', senderName: 'Агентство «Пример»', mode: 'send' };
  writeFileSync(
    join(dir, 'agency.properties.json'),
    JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify(settings) } }),
  );
  return file;
}

interface Preview {
  messages: { key: string; kind: string; to: string[] }[];
  letters: { key: string; to: string[]; cc: string[]; status: string }[];
}

describe('the escalation ladder in a daily run (Tuesday 15.12.2026)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-escalation-'));
  const outDir = join(dir, 'out');
  let runtime: LocalRuntime;
  let preview: Preview;
  beforeAll(async () => {
    const file = await agency(dir);
    runtime = await createLocalRuntime({ file, outDir, today: '2026-12-15', mode: 'send', distDir: DIST });
    runtime.call('dailyRun');
    preview = runtime.call('getReminderPreview') as Preview;
  }, 60_000);

  it('copies the escalation contact on day 14, in the firmer template', async () => {
    await runtime.save();
    const romashka = (await readOutbox(outDir)).filter((mail) => mail.to.includes('buh@romashka.example'));
    expect(romashka).toHaveLength(1);
    expect(romashka[0].cc).toEqual(['director@romashka.example', 'anna@agency.example']);
    expect(romashka[0].subject).toBe('Просроченная оплата: требуется ваше внимание — ООО «Ромашка»');
  });

  it('at STOP writes nothing to the client by itself, and offers the letter in the preview', async () => {
    await runtime.save();
    const mails = await readOutbox(outDir);
    expect(mails.filter((mail) => mail.to.includes('buh@sever.example'))).toEqual([]);
    expect(mails.filter((mail) => mail.subject.startsWith('СТОП')).map((mail) => mail.to)).toEqual([
      ['anna@agency.example', 'head@agency.example'],
    ]);
    expect(preview.messages.some((m) => m.kind === 'letter')).toBe(false);
    expect(preview.letters).toEqual([
      expect.objectContaining({
        to: ['buh@sever.example'],
        cc: ['ceo@sever.example', 'anna@agency.example'],
        status: 'ready',
      }),
    ]);
  });

  it('sends the letter on the AM’s click, once, through the log', async () => {
    const report = runtime.call('sendWorkPausedLetter', preview.letters[0].key) as { status: string };
    expect(report.status).toBe('sent');
    expect(() => runtime.call('sendWorkPausedLetter', preview.letters[0].key)).toThrow(
      'Сегодня такого письма нет — обновите предпросмотр.',
    );
    expect((runtime.call('getReminderPreview') as Preview).letters).toEqual([]);
    await runtime.save();
    const letters = (await readOutbox(outDir)).filter((mail) => mail.to.includes('buh@sever.example'));
    expect(letters).toHaveLength(1);
    expect(letters[0].subject).toBe('Приостановка работ до оплаты — СеверСтрой');
    expect(letters[0].cc).toEqual(['ceo@sever.example', 'anna@agency.example']);
    const logged = (await readLog(outDir, 'agency')).filter((row) => row.kind === 'letter');
    expect(logged.map((row) => [row.key, row.result])).toEqual([[preview.letters[0].key, 'отправлено']]);
  });

  it('the next day’s run does not send it again', async () => {
    await runtime.save();
    const next = await createLocalRuntime({
      file: join(outDir, 'agency.xlsx'),
      outDir,
      today: '2026-12-16',
      mode: 'send',
      distDir: DIST,
    });
    next.call('dailyRun');
    expect((next.call('getReminderPreview') as Preview).letters).toEqual([]);
    await next.save();
    const letters = (await readOutbox(outDir)).filter((mail) => mail.to.includes('buh@sever.example'));
    expect(letters).toHaveLength(1);
  }, 60_000);
});
