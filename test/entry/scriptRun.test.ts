/**
 * Every `google.script.run` target of every sidebar, called on the real bundle
 * with the arguments its page sends, through the same serialisation rules as
 * Apps Script (src/local/runner/preview/scriptRun.ts): no Date, Map, function or class
 * instance may cross in either direction, or the call fails in Sheets.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callAsScriptRun } from '../../src/local/runner/preview/scriptRun';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST, ROOT } from '../support/bundle';
import { TODAY, writeAgencyWorkbook } from '../ui/harness';

/** `callServer('name', …)` in the sources of a page. */
function targetsOf(page: string): string[] {
  const source = readFileSync(join(ROOT, 'src', 'ui', page, 'main.ts'), 'utf8');
  return [...source.matchAll(/callServer\(\s*'(\w+)'/g)].map((match) => match[1]);
}

const PAGES = readdirSync(join(ROOT, 'src', 'ui'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

let runtime: LocalRuntime;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'account-desk-script-run-'));
  const file = join(work, 'agency.xlsx');
  await writeAgencyWorkbook(file);
  // An invoice whose amount cannot be read: the dashboard lists it, and a click selects its cell.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  workbook.getWorksheet('Документы')!.addRow(['счёт', 'СЧ-9', 'Ромашка', '', 'по договорённости']);
  await workbook.xlsx.writeFile(file);
  runtime = await createLocalRuntime({
    file,
    outDir: join(work, 'out'),
    today: TODAY,
    distDir: DIST,
    mode: 'send',
  });
});

/** The reply the page's handlers get; a failure here names the illegal value. */
function pageCall(fn: string, ...args: unknown[]): unknown {
  const reply = callAsScriptRun(runtime, fn, args);
  if ('error' in reply) throw new Error(`${fn}: ${reply.error}`);
  return reply.result;
}

/** Realistic arguments for each target, as its page builds them (some from an earlier answer). */
const ARGUMENTS: Record<string, () => unknown[]> = {
  getPageTexts: () => [],
  getHelp: () => [],
  getDashboard: () => [],
  setDashboardManager: () => [''],
  showDocumentRow: () => [(pageCall('getDashboard') as { dataErrors: { row: number }[] }).dataErrors[0].row],
  getFormOptions: () => [],
  getSettings: () => [],
  getReminderPreview: () => [],
  getDiagnostics: () => [],
  saveSettings: () => [(pageCall('getSettings') as { settings: unknown }).settings],
  addDocument: () => [
    {
      type: 'счёт',
      number: '0012',
      counterparty: 'ООО «Ромашка»',
      direction: 'входящий',
      contract: '',
      date: '2026-12-07',
      amount: '12 000,50',
      dueDate: '2026-12-21',
      clientEmail: 'buh@romashka.example.ru',
      manager: '',
    },
  ],
  registerPayment: () => {
    const options = pageCall('getFormOptions') as { invoices: { row: number; number: string }[] };
    const [invoice] = options.invoices;
    return [{ row: invoice.row, number: invoice.number, paidDate: '2026-12-07', amount: '1 000' }];
  },
  bookLoad: () => [
    { person: 'Иванова Анна', client: 'Ромашка', week: '2026-12-14', value: '20%', tentative: true },
  ],
  skipReminder: () => {
    const preview = pageCall('getReminderPreview') as { messages: { key: string }[] };
    return [preview.messages[0].key];
  },
  sendWorkPausedLetter: () => {
    const preview = pageCall('getReminderPreview') as { letters: { key: string }[] };
    return [preview.letters[0].key];
  },
  // The default build holds no reply: the answer says the pause is over, legally.
  resumeReminders: () => ['reply:none'],
  sendReminders: () => [],
  sendRemindersNow: () => [],
};

describe('the sidebars’ google.script.run calls', () => {
  it('finds the targets of every page', () => {
    const all = PAGES.flatMap(targetsOf);
    expect(all).toEqual(expect.arrayContaining(['getDashboard', 'getFormOptions', 'getReminderPreview']));
    for (const target of all) expect(Object.keys(ARGUMENTS)).toContain(target);
  });

  it('answers getTriggerStatus, the API no page calls yet, legally too', () => {
    runtime.call('installTriggers');
    expect(callAsScriptRun(runtime, 'getTriggerStatus', [])).not.toHaveProperty('error');
  });

  describe.each(PAGES)('the %s page', (page) => {
    it.each(targetsOf(page).map((target) => [target]))(
      'calls %s with legal arguments and gets a legal answer',
      (target) => {
        const args = ARGUMENTS[target]();
        const reply = callAsScriptRun(runtime, target, args);
        expect(reply).not.toHaveProperty('error');
      },
    );
  });
});
