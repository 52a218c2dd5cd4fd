import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { t } from '../../src/core/i18n';
import { createLocalRuntime, type LocalRuntime } from '../../src/local/runner/runtime';
import { DIST, ROOT } from '../support/bundle';

/** What each menu item must visibly do (SPEC §5), on the example agency's documents spreadsheet. */
const SIDEBARS: Record<string, string> = {
  showDashboard: 'dashboard',
  showAddDocument: 'addDocument',
  showRegisterPayment: 'registerPayment',
  showBookLoad: 'bookLoad',
  showReminderPreview: 'reminders',
  showSettings: 'settings',
  showHelp: 'help',
  showDiagnostics: 'diagnostics',
};

const APOLOGY = t('ru', 'error.unexpected');

let runtime: LocalRuntime;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'account-desk-menu-'));
  runtime = await createLocalRuntime({
    file: join(ROOT, 'examples', 'two-spreadsheets', 'agency-documents.xlsx'),
    outDir,
    today: '2026-12-07',
    distDir: DIST,
  });
  runtime.call('onOpen');
});

function menuItems() {
  return runtime.ui.menus[0].items.filter((item) => item.kind === 'item');
}

/** Runs one menu handler and returns what the user saw because of it. */
function click(handler: string) {
  const before = {
    sidebars: runtime.ui.sidebars.length,
    alerts: runtime.ui.alerts.length,
    toasts: runtime.ui.toasts.length,
  };
  runtime.call(handler);
  return {
    sidebars: runtime.ui.sidebars.slice(before.sidebars),
    alerts: runtime.ui.alerts.slice(before.alerts).map((alert) => alert.prompt || alert.title),
    toasts: runtime.ui.toasts.slice(before.toasts).map((toast) => toast.message),
  };
}

describe('the Пульт аккаунта menu on the local runtime', () => {
  it('lists every item of SPEC §5 in its order', () => {
    expect(runtime.ui.menus[0].title).toBe('Пульт аккаунта');
    expect(menuItems().map((item) => item.label)).toEqual([
      'Панель',
      'Пересчитать',
      'Добавить документ',
      'Отметить оплату',
      'Запланировать загрузку',
      'Предпросмотр напоминаний',
      'Отправить напоминания сейчас',
      'Настройки',
      'Включить автозапуск',
      'Выключить автозапуск',
      'Создать недостающие листы',
      'Диагностика',
      'Справка',
    ]);
  });

  it.each(Object.entries(SIDEBARS))('%s opens the built %s sidebar', (handler, page) => {
    const seen = click(handler);
    expect(seen.alerts).toEqual([]);
    expect(seen.sidebars).toHaveLength(1);
    expect(seen.sidebars[0].content).toBe(readFileSync(join(DIST, `${page}.html`), 'utf8'));
    expect(seen.sidebars[0].title).not.toBe('');
  });

  it('recalculate says in a toast what it recalculated', () => {
    const seen = click('recalculate');
    expect(seen.alerts).toEqual([]);
    expect(seen.toasts.join('\n')).toMatch(/Документы: 56 документов/);
  });

  it('send reminders now reports the outcome, and sends nothing in the preview mode of a new install', () => {
    const seen = click('sendRemindersNow');
    expect(seen.alerts).toHaveLength(1);
    expect(seen.alerts[0]).not.toBe(APOLOGY);
    expect(runtime.sent()).toEqual([]);
  });

  it('installs exactly one clock trigger in the spreadsheet time zone, however often it is clicked, and removes it', () => {
    click('installTriggers');
    const seen = click('installTriggers');
    expect(seen.alerts).toEqual([
      'Автозапуск включён: каждый час с 9:00 (Europe/Moscow) запуск доделывает сегодняшние напоминания и сводки, по понедельникам и сводку загрузки.',
    ]);
    expect(runtime.state.triggers.map((trigger) => [trigger.handler, trigger.schedule])).toEqual([
      // No zone of its own: the script's; each execution reads the hour in the spreadsheet's zone.
      ['hourlyRun', { everyHours: 1, timeZone: 'Europe/Moscow' }],
    ]);
    click('removeTriggers');
    expect(runtime.state.triggers).toEqual([]);
  });

  it('creates the missing sheets it owns', () => {
    const seen = click('createMissingSheets');
    expect(seen.alerts).toHaveLength(1);
    expect(seen.alerts[0]).not.toBe(APOLOGY);
    expect(runtime.spreadsheet.getSheetByName('Шаблоны писем')).not.toBeNull();
  });

  it('never answers a menu click with the apology for an unexpected error', () => {
    for (const item of menuItems())
      expect({ item: item.handler, seen: click(item.handler).alerts }).not.toEqual({
        item: item.handler,
        seen: [APOLOGY],
      });
  });
});

describe('the sidebar API', () => {
  it('answers a bad call with a sentence in the user language, never an i18n key or a stack trace', () => {
    expect(() => runtime.call('skipReminder', 'no-such-key')).toThrow(t('ru', 'reminders.skipUnknown'));
  });
});

describe('the help page', () => {
  it('explains every menu item, in menu order, and the first steps', () => {
    const help = runtime.call('getHelp') as {
      steps: string[];
      items: { label: string; text: string }[];
    };
    expect(help.items.map((item) => item.label)).toEqual(menuItems().map((item) => item.label));
    for (const item of help.items) expect(item.text).not.toMatch(/^help\./);
    expect(help.steps).toHaveLength(5);
    expect(help.steps[0]).toMatch(/^Создать недостающие листы/);
  });
});

describe('skipping a reminder from the preview', () => {
  it('answers with the sentence that it will not go out today, not the button label', () => {
    const preview = runtime.call('getReminderPreview') as { messages: { key: string }[] };
    expect(preview.messages.length).toBeGreaterThan(0);
    expect(runtime.call('skipReminder', preview.messages[0].key)).toBe(
      'Напоминание пропущено, сегодня оно не уйдёт.',
    );
  });
});
