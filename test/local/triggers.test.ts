import { CallCounter } from '../../src/local/counters';
import { emptyState } from '../../src/local/state';
import {
  ADDON_HOURLY_AT_MOST,
  ADDON_ONE_TRIGGER_PER_TYPE,
  createScriptApp,
  MAX_TRIGGERS,
  TOO_MANY_TRIGGERS,
  type ScriptAppOptions,
} from '../../src/local/triggers';

function scriptApp(options: ScriptAppOptions = {}) {
  const state = emptyState();
  const counter = new CallCounter();
  return { state, counter, ScriptApp: createScriptApp(state, counter, options) };
}

describe('ScriptApp triggers', () => {
  it('records a daily time-driven trigger with its handler, hour, source and the script time zone', () => {
    const { state, ScriptApp } = scriptApp({ scriptTimeZone: 'Europe/Moscow' });
    const trigger = ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    expect(trigger.getHandlerFunction()).toBe('dailyRun');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(trigger.getUniqueId()).toMatch(/^\d+$/);
    expect(state.triggers).toEqual([
      {
        id: trigger.getUniqueId(),
        handler: 'dailyRun',
        eventType: 'CLOCK',
        source: 'CLOCK',
        schedule: { everyDays: 1, atHour: 9, timeZone: 'Europe/Moscow' },
      },
    ]);
  });

  it('fires in the zone inTimezone names, not the script zone', () => {
    const { state, ScriptApp } = scriptApp({ scriptTimeZone: 'Europe/Moscow' });
    ScriptApp.newTrigger('dailyRun')
      .timeBased()
      .everyDays(1)
      .atHour(9)
      .inTimezone('America/Los_Angeles')
      .create();
    expect(state.triggers[0].schedule?.timeZone).toBe('America/Los_Angeles');
  });

  it('records a weekly trigger on a weekday as every week', () => {
    const { state, ScriptApp } = scriptApp();
    ScriptApp.newTrigger('weeklyRun')
      .timeBased()
      .onWeekDay(ScriptApp.WeekDay.MONDAY)
      .atHour(8)
      .nearMinute(30)
      .inTimezone('Europe/Moscow')
      .create();
    expect(state.triggers[0].schedule).toEqual({
      weekDay: 'MONDAY',
      everyWeeks: 1,
      atHour: 8,
      nearMinute: 30,
      timeZone: 'Europe/Moscow',
    });
  });

  it('lists the project triggers and deletes one by its object', () => {
    const { ScriptApp } = scriptApp();
    ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    ScriptApp.newTrigger('weeklyRun').timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).create();
    const [daily, weekly] = ScriptApp.getProjectTriggers();
    ScriptApp.deleteTrigger(daily);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([weekly.getUniqueId()]);
  });

  it('throws the Apps Script error for the 21st trigger of a script', () => {
    const { ScriptApp } = scriptApp();
    for (let i = 0; i < MAX_TRIGGERS; i += 1)
      ScriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('one-too-many').timeBased().everyDays(1).create()).toThrow(
      TOO_MANY_TRIGGERS,
    );
    expect(ScriptApp.getProjectTriggers()).toHaveLength(MAX_TRIGGERS);
  });

  it.each([
    [
      'minutes other than 1, 5, 10, 15, 30',
      (b: GoogleAppsScript.Script.ClockTriggerBuilder) => b.everyMinutes(7),
    ],
    [
      'hours other than 1, 2, 4, 6, 8, 12',
      (b: GoogleAppsScript.Script.ClockTriggerBuilder) => b.everyHours(3),
    ],
    ['an hour outside 0–23', (b: GoogleAppsScript.Script.ClockTriggerBuilder) => b.everyDays(1).atHour(24)],
    ['two recurrences', (b: GoogleAppsScript.Script.ClockTriggerBuilder) => b.everyDays(1).everyWeeks(1)],
    ['no recurrence at all', (b: GoogleAppsScript.Script.ClockTriggerBuilder) => b.atHour(9)],
    [
      'an unknown time zone',
      (b: GoogleAppsScript.Script.ClockTriggerBuilder) => b.inTimezone('Mars/Olympus'),
    ],
  ])('rejects %s and records nothing', (_name, build) => {
    const { state, ScriptApp } = scriptApp();
    expect(() => build(ScriptApp.newTrigger('h').timeBased()).create()).toThrow(/^Invalid argument/);
    expect(state.triggers).toEqual([]);
  });

  it('records spreadsheet triggers with the spreadsheet as source', () => {
    const { ScriptApp } = scriptApp();
    const trigger = ScriptApp.newTrigger('onEditHandler').forSpreadsheet('sheet-id').onEdit().create();
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
    expect(trigger.getTriggerSourceId()).toBe('sheet-id');
    expect(
      ScriptApp.getUserTriggers({ getId: () => 'sheet-id' } as GoogleAppsScript.Spreadsheet.Spreadsheet),
    ).toHaveLength(1);
  });

  it('counts builder and listing calls', () => {
    const { ScriptApp, counter } = scriptApp();
    ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    ScriptApp.getProjectTriggers();
    expect(counter.snapshot()).toMatchObject({
      'ScriptApp.newTrigger': 1,
      'ClockTriggerBuilder.create': 1,
      'ScriptApp.getProjectTriggers': 1,
    });
  });
});

describe('ScriptApp triggers of an installed Editor add-on', () => {
  it('allows one time-driven trigger per document and says why a second one fails', () => {
    const { state, ScriptApp } = scriptApp({ addOn: true });
    ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    expect(() =>
      ScriptApp.newTrigger('weeklyRun').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create(),
    ).toThrow(ADDON_ONE_TRIGGER_PER_TYPE);
    expect(state.triggers.map((trigger) => trigger.handler)).toEqual(['dailyRun']);
    // One of another type is fine.
    ScriptApp.newTrigger('onEditHandler').forSpreadsheet('sheet-id').onEdit().create();
    expect(state.triggers).toHaveLength(2);
  });

  it('refuses a trigger more frequent than hourly', () => {
    const { state, ScriptApp } = scriptApp({ addOn: true });
    expect(() => ScriptApp.newTrigger('h').timeBased().everyMinutes(30).create()).toThrow(
      ADDON_HOURLY_AT_MOST,
    );
    ScriptApp.newTrigger('h').timeBased().everyHours(1).create();
    expect(state.triggers).toHaveLength(1);
  });

  it('reports an add-on installation source, and a bound script none', () => {
    expect(String(scriptApp({ addOn: true }).ScriptApp.getInstallationSource())).toBe('WEB_STORE_ADD_ON');
    expect(String(scriptApp().ScriptApp.getInstallationSource())).toBe('NONE');
  });

  it('lets a bound script hold a daily and a weekly trigger', () => {
    const { state, ScriptApp } = scriptApp();
    ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    ScriptApp.newTrigger('weeklyRun').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
    expect(state.triggers).toHaveLength(2);
  });
});
