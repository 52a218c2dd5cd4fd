/**
 * Kills around a reply in a thread, in the Gmail build: each reminder answered in its thread is two
 * steps of the local GmailApp (a reply-all draft written, then sent), so `kill-after-send:K` with K
 * odd kills between the two and with K even right after a send. After each kill the runs go on
 * until nothing is left: no reminder reaches its client twice, and every one either reached the
 * client, in its thread, or is reported "status unknown" to the AM — never lost.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GMAIL_DIST, readThreadedMail } from '../support/gmailBundle';
import { invoice, readLog, readOutbox, writeWorkbook, type Mail } from '../e2e/reminders.fixture';
import { runCli, runUntilDone, tally } from './support';

// Due 01.12.2026: the first reminders on day 1 (02.12) start six threads; day 8 (09.12) answers in them.
const FIRST_DAY = '2026-12-02';
const REPLY_DAY = '2026-12-09';
const CLIENTS = [1, 2, 3, 4, 5, 6].map((n) => `g${n}@client.example`);

async function afterTheFirstReminders(): Promise<{ file: string; outDir: string; before: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-gmail-faults-'));
  const outDir = join(dir, 'out');
  const file = await writeWorkbook(dir, 'agency', {
    docs: CLIENTS.map((email, i) => invoice(`Г-${i + 1}`, `Клиент ${i + 1}`, '01.12.2026', email)),
  });
  const first = await runCli(file, outDir, { today: FIRST_DAY, distDir: GMAIL_DIST });
  expect(first.code).toBe(0);
  return {
    file,
    outDir,
    before: readdirSync(join(outDir, 'outbox')).filter((n) => n.endsWith('.eml')).length,
  };
}

const clientOf = (to: readonly string[]) => to.find((address) => CLIENTS.includes(address));
const toClients = (mails: readonly Mail[]) => mails.filter((mail) => clientOf(mail.to) !== undefined);

let expected: Mail[];
let repliesInThreads: boolean[];
beforeAll(async () => {
  const { file, outDir, before } = await afterTheFirstReminders();
  const clean = await runCli(file, outDir, { today: REPLY_DAY, distDir: GMAIL_DIST });
  expect(clean.code).toBe(0);
  expected = toClients((await readOutbox(outDir)).slice(before));
  repliesInThreads = (await readThreadedMail(outDir))
    .slice(before)
    .filter((mail) => clientOf(mail.to) !== undefined)
    .map((mail) => mail.inReplyTo !== undefined);
}, 120_000);

it('a run without faults answers each of the six threads once, in the thread', () => {
  expect(expected.map((mail) => clientOf(mail.to)).sort()).toEqual([...CLIENTS].sort());
  expect(repliesInThreads).toEqual(CLIENTS.map(() => true));
});

describe('kill -9 around a reply in a thread', () => {
  it.each([1, 2, 5, 6, 11, 12])(
    'at step %i (an odd step falls between a draft and its send): 0 duplicates, 0 lost',
    async (step) => {
      const { file, outDir, before } = await afterTheFirstReminders();
      const killed = await runCli(file, outDir, {
        today: REPLY_DAY,
        distDir: GMAIL_DIST,
        faults: `kill-after-send:${step}`,
      });
      expect(killed.signal).toBe('SIGKILL');
      await runUntilDone(file, outDir, 6, { today: REPLY_DAY, distDir: GMAIL_DIST });
      const mails = (await readOutbox(outDir)).slice(before);
      const result = tally(expected, mails, await readLog(outDir, 'agency'));
      expect({ duplicates: result.duplicates, lost: result.lost, details: result.details }).toEqual({
        duplicates: 0,
        lost: 0,
        details: [],
      });
      expect(result.once + result.unknown).toBe(CLIENTS.length);
    },
    180_000,
  );
});
