/**
 * The one clock trigger, as Sheets would fire it: installed from the menu, hourly;
 * the day's work starts at the configured hour of the spreadsheet's zone, the
 * Monday load digest inside it, the new hour as soon as Settings change it, and
 * an older install's daily and Monday triggers replaced on their next run.
 * The real bundle on the local runtime, whose scheduler fires each trigger at
 * its hour in its own zone (the manifest's when the bundle gives none).
 */
import ExcelJS from 'exceljs';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../../src/core/i18n';
import { SETTINGS_PROPERTY } from '../../src/core/settings';
import { createLocalRuntime, type LocalRuntime, type TriggerRun } from '../../src/local/runner/runtime';
import { isoWeekday } from '../../src/local/runner/clock';
import { dayAtHour } from '../../src/local/services/time';
import { DIST } from '../support/bundle';

const LOAD_DIGEST = 'Загрузка команды';
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** A team with an AM and an overloaded designer next week, in a spreadsheet of `timeZone`. */
async function agency(dir: string, timeZone: string, dailyHour = 7): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Команда').addRows([
    ['Сотрудник', 'Email', 'Роль'],
    ['Анна Смирнова', 'anna@agency.example', 'аккаунт'],
    ['Игорь Петров', 'igor@agency.example', 'дизайнер'],
  ]);
  const load = workbook.addWorksheet('Загрузка');
  load.addRow(['Сотрудник', 'Клиент / задача', day('2026-11-30'), day('2026-12-07'), day('2026-12-14')]);
  load.addRow(['Игорь Петров', 'Ромашка', 60, 90, 120]);
  load.addRow(['Анна Смирнова', 'Лютик', 50, 50, 50]);
  for (const col of [3, 4, 5]) load.getRow(1).getCell(col).numFmt = 'dd.mm.yyyy';
  workbook.keywords = `accountDesk:timeZone=${timeZone};locale=ru_RU`;
  const file = join(dir, 'agency.xlsx');
  await workbook.xlsx.writeFile(file);
  const settings = { mode: 'send', headEmail: 'head@agency.example', reminders: { dailyHour } };
  writeFileSync(
    join(dir, 'agency.properties.json'),
    JSON.stringify({ document: { [SETTINGS_PROPERTY]: JSON.stringify(settings) } }),
  );
  return file;
}

async function runtimeFor(timeZone: string, options: { addOn?: boolean; dailyHour?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'account-desk-triggers-'));
  const file = await agency(join(dir, 'in'), timeZone, options.dailyHour);
  // The menu click happens on Friday 04.12.2026 in the spreadsheet's zone.
  return createLocalRuntime({
    file,
    outDir: join(dir, 'out'),
    today: '2026-12-04',
    distDir: DIST,
    addOn: options.addOn,
  });
}

/** The executions that did today's work; the others stopped after reading the day state. */
function working(runs: TriggerRun[]): TriggerRun[] {
  return runs.filter((run) => run.result !== '');
}

function clockTriggers(runtime: LocalRuntime) {
  return runtime.state.triggers.filter((trigger) => trigger.eventType === 'CLOCK');
}

/** Saturday 05.12 to Saturday 12.12 (a week with its Monday) in the spreadsheet's zone. */
function oneWeek(runtime: LocalRuntime, timeZone: string) {
  return runtime.runClockTriggers(dayAtHour('2026-12-05', 0, timeZone), dayAtHour('2026-12-12', 0, timeZone));
}

function loadDigests(runtime: LocalRuntime) {
  return runtime.sent().filter((mail) => mail.subject.includes(LOAD_DIGEST));
}

describe.each(['Asia/Yekaterinburg', 'America/Los_Angeles'])('a spreadsheet in %s', (timeZone) => {
  it('installs one hourly trigger whose day starts at the configured local hour', async () => {
    const runtime = await runtimeFor(timeZone);
    runtime.call('installTriggers');
    expect(clockTriggers(runtime)).toHaveLength(1);
    const all = oneWeek(runtime, timeZone);
    expect(all).toHaveLength(7 * 24);
    const runs = working(all);
    expect(runs.map((run) => run.local.slice(0, 13))).toEqual(
      ['05', '06', '07', '08', '09', '10', '11'].map((date) => `2026-12-${date} 07`),
    );
    expect(new Set(runs.map((run) => run.handler))).toEqual(new Set(['hourlyRun']));
  });

  it('sends the Monday load digest once, from the run of the local Monday', async () => {
    const runtime = await runtimeFor(timeZone);
    runtime.call('installTriggers');
    const digestsAfter: number[] = [];
    for (const date of ['05', '06', '07', '08', '09', '10', '11']) {
      const from = dayAtHour(`2026-12-${date}`, 0, timeZone);
      runtime.runClockTriggers(from, from + 24 * 3600_000);
      expect(isoWeekday(runtime.today)).toBe(isoWeekday(`2026-12-${date}`));
      digestsAfter.push(loadDigests(runtime).length);
    }
    // Saturday 05.12 … Friday 11.12: the digest goes with Monday's run, and only once.
    expect(digestsAfter).toEqual([0, 0, 1, 1, 1, 1, 1]);
  });

  it('starts the day at the new hour once Settings change it, with the same trigger', async () => {
    const runtime = await runtimeFor(timeZone);
    runtime.call('installTriggers');
    const settings = runtime.call('getSettings') as { settings: { reminders: Record<string, unknown> } };
    const changed = { ...settings.settings, reminders: { ...settings.settings.reminders, dailyHour: 11 } };
    expect(runtime.call('saveSettings', changed)).toMatchObject({ ok: true });
    expect(clockTriggers(runtime)).toHaveLength(1);
    const runs = working(oneWeek(runtime, timeZone));
    expect(runs).toHaveLength(7);
    for (const run of runs) expect(run.local.slice(11, 13)).toBe('11');
  });
});

describe('the one-trigger rule of an Editor add-on', () => {
  it('installs exactly one clock trigger however often Install triggers is clicked', async () => {
    const runtime = await runtimeFor('Europe/Moscow', { addOn: true });
    runtime.call('installTriggers');
    runtime.call('installTriggers');
    expect(runtime.ui.alerts.map((alert) => alert.prompt)).not.toContain(t('ru', 'error.unexpected'));
    expect(clockTriggers(runtime)).toHaveLength(1);
    expect(clockTriggers(runtime)[0].handler).toBe('hourlyRun');
  });

  it('cleans up an old install with a daily and a Monday trigger into one', async () => {
    const runtime = await runtimeFor('Europe/Moscow');
    runtime.state.triggers = [
      {
        id: '1',
        handler: 'dailyRun',
        eventType: 'CLOCK',
        source: 'CLOCK',
        schedule: { everyDays: 1, atHour: 9 },
      },
      {
        id: '2',
        handler: 'weeklyRun',
        eventType: 'CLOCK',
        source: 'CLOCK',
        schedule: { everyWeeks: 1, weekDay: 'MONDAY', atHour: 8 },
      },
      { id: '3', handler: 'someoneElses', eventType: 'ON_EDIT', source: 'SPREADSHEETS', sourceId: 'x' },
    ];
    runtime.call('installTriggers');
    expect(clockTriggers(runtime).map((trigger) => trigger.handler)).toEqual(['hourlyRun']);
    expect(runtime.state.triggers.map((trigger) => trigger.handler)).toContain('someoneElses');
  });

  it("replaces an old install's daily and Monday triggers with the hourly one on their next run", async () => {
    const runtime = await runtimeFor('Europe/Moscow');
    runtime.state.triggers = [
      {
        id: '1',
        handler: 'dailyRun',
        eventType: 'CLOCK',
        source: 'CLOCK',
        schedule: { everyDays: 1, atHour: 9 },
      },
      {
        id: '2',
        handler: 'weeklyRun',
        eventType: 'CLOCK',
        source: 'CLOCK',
        schedule: { everyWeeks: 1, weekDay: 'MONDAY', atHour: 8 },
      },
    ];
    const first = runtime.runClockTriggers(
      dayAtHour('2026-12-05', 0, 'Europe/Moscow'),
      dayAtHour('2026-12-06', 0, 'Europe/Moscow'),
    );
    expect(first.map((run) => run.handler)).toEqual(['dailyRun']);
    expect(clockTriggers(runtime).map((trigger) => [trigger.handler, trigger.schedule?.everyHours])).toEqual([
      ['hourlyRun', 1],
    ]);
    // The same day is not done twice: the hourly executions after the old run find it done.
    const rest = runtime.runClockTriggers(
      dayAtHour('2026-12-05', 10, 'Europe/Moscow'),
      dayAtHour('2026-12-06', 0, 'Europe/Moscow'),
    );
    expect(working(rest)).toEqual([]);
  });

  it('an old Monday trigger firing after the daily run sends no second digest', async () => {
    const runtime = await runtimeFor('Europe/Moscow');
    runtime.call('installTriggers');
    oneWeek(runtime, 'Europe/Moscow');
    expect(loadDigests(runtime)).toHaveLength(1);
    if (runtime.has('weeklyRun')) runtime.call('weeklyRun');
    expect(loadDigests(runtime)).toHaveLength(1);
  });
});
