/**
 * The opt-in Gmail build on the local services (test/support/gmailBundle.ts): its manifest asks
 * for Gmail and Drive read access, its bundle reaches GmailApp, and what it drafts is a Gmail
 * draft with a Message-ID; the default build's manifest stays without either scope.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkbook } from '../../src/local/runner/cli';
import { DIST } from '../support/bundle';
import { GMAIL_DIST, gmailDailyRun, readThreadedMail } from '../support/gmailBundle';
import { invoice, writeWorkbook } from './reminders.fixture';

const GMAIL = 'https://mail.google.com/';
const DRIVE_READ = 'https://www.googleapis.com/auth/drive.readonly';
const scopesOf = (dir: string): string[] =>
  (JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes;

describe('the Gmail build', () => {
  it('declares Gmail and Drive read access; the default build neither', () => {
    expect(scopesOf(GMAIL_DIST)).toEqual([...scopesOf(DIST), GMAIL, DRIVE_READ]);
    expect(scopesOf(DIST)).not.toContain(GMAIL);
    expect(scopesOf(DIST)).not.toContain(DRIVE_READ);
  });

  it('makes Gmail drafts in draft mode, each with its Message-ID, and sends nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-desk-gmail-build-'));
    const outDir = join(dir, 'out');
    const file = await writeWorkbook(dir, 'docs', {
      docs: [invoice('С-2', 'ИП Лютик', '01.12.2026', 'lutik@lutik.example')],
    });
    const run = await gmailDailyRun({ file, outDir, today: '2026-12-02', mode: 'draft' });
    expect(run.sent).toBe(0);
    const drafts = await readThreadedMail(outDir, 'drafts');
    expect(drafts.map((mail) => mail.to)).toContainEqual(['lutik@lutik.example']);
    for (const draft of drafts) expect(draft.messageId).toMatch(/^<[^@>]+@agency\.example>$/);
    expect(await readThreadedMail(outDir)).toEqual([]);
    expect(run.runtime.counters.snapshot()['GmailApp.createDraft']).toBe(drafts.length);
  }, 60_000);

  it('says which file of inbox/ is no message, in the user’s language, and runs on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'account-desk-gmail-build-'));
    const outDir = join(dir, 'out');
    mkdirSync(join(outDir, 'inbox'), { recursive: true });
    writeFileSync(join(outDir, 'inbox', 'note.eml'), 'just a note, no headers');
    const file = await writeWorkbook(dir, 'docs', {
      docs: [invoice('С-2', 'ИП Лютик', '01.12.2026', 'lutik@lutik.example')],
    });
    const lines: string[] = [];
    const result = await runWorkbook({
      file,
      outDir,
      today: '2026-12-02',
      distDir: GMAIL_DIST,
      lang: 'en',
      progress: (line) => lines.push(line),
    });
    expect(lines).toContain('inbox/note.eml is not a message (no From, or unreadable): left out');
    expect(result.error).toBeUndefined();
  }, 60_000);
});
