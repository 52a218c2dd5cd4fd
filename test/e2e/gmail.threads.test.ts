/**
 * The Gmail build end to end (test/support/gmailBundle.ts): three reminders of one cadence are one
 * Gmail thread — the first starts it, the next two answer in it — as the client's mail program
 * sees it in the `.eml` files read back with mailparser: one Message-ID each, In-Reply-To naming
 * the message before, References the whole chain. The threads outlive each run in its state.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gmailDailyRun, readThreadedMail } from '../support/gmailBundle';
import { invoice, writeWorkbook } from './reminders.fixture';

const CLIENT = 'lutik@lutik.example';
// Due 01.12.2026: overdue reminders on day 1, 8 and 15 (every 7 days), each in its own run.
const DAYS = ['2026-12-02', '2026-12-09', '2026-12-16'];

describe('three reminders of one cadence in the Gmail build', () => {
  let toClient: Awaited<ReturnType<typeof readThreadedMail>>;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-desk-gmail-threads-'));
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', {
      docs: [invoice('С-2', 'ИП Лютик', '01.12.2026', CLIENT)],
    });
    for (const today of DAYS) await gmailDailyRun({ file, outDir, today });
    toClient = (await readThreadedMail(outDir)).filter((mail) => mail.to.includes(CLIENT));
  }, 180_000);

  it('sends one reminder a run, three in all', () => {
    expect(toClient).toHaveLength(3);
  });

  it('gives each its own Message-ID', () => {
    const ids = toClient.map((mail) => mail.messageId);
    for (const id of ids) expect(id).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
    expect(new Set(ids).size).toBe(3);
  });

  it('starts the thread with the first and answers in it with the next two', () => {
    const [first, second, third] = toClient;
    expect(first.inReplyTo).toBeUndefined();
    expect(first.references).toEqual([]);
    expect(second.inReplyTo).toBe(first.messageId);
    expect(second.references).toEqual([first.messageId]);
    expect(third.inReplyTo).toBe(second.messageId);
    expect(third.references).toEqual([first.messageId, second.messageId]);
  });
});
