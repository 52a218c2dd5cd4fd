import { CallCounter } from '../../src/local/services/counters';
import { emptyState } from '../../src/local/services/state';
import {
  ADDON_ONE_TRIGGER_PER_TYPE,
  MAX_TRIGGERS,
  TOO_MANY_TRIGGERS,
} from '../../src/local/services/script/clockTriggerBuilder';
import { LocalScriptApp, type ScriptAppOptions } from '../../src/local/services/script/scriptApp';

type Builder = ReturnType<ReturnType<LocalScriptApp['newTrigger']>['timeBased']>;

function scriptApp(options: ScriptAppOptions = {}) {
  const state = emptyState();
  const counter = new CallCounter();
  return { state, counter, ScriptApp: new LocalScriptApp(state, counter, options) };
}

describe('ScriptApp triggers', () => {
  it('records a daily time-driven trigger with its handler, hour, source and the script time zone', () => {
    const { state, ScriptApp } = scriptApp({ scriptTimeZone: 'Europe/Moscow' });
    const trigger = ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    expect(trigger.getHandlerFunction()).toBe('dailyRun');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
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

  it('lists the project triggers and deletes one by its object', () => {
    const { ScriptApp } = scriptApp();
    ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    ScriptApp.newTrigger('otherRun').timeBased().everyDays(2).atHour(8).create();
    const [daily, other] = ScriptApp.getProjectTriggers();
    ScriptApp.deleteTrigger(daily);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([other.getUniqueId()]);
  });

  it('throws the Apps Script error for the 21st trigger of a script', () => {
    const { ScriptApp } = scriptApp();
    for (let i = 0; i < MAX_TRIGGERS; i += 1) ScriptApp.newTrigger(`h${i}`).timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('one-too-many').timeBased().everyDays(1).create()).toThrow(
      TOO_MANY_TRIGGERS,
    );
    expect(ScriptApp.getProjectTriggers()).toHaveLength(MAX_TRIGGERS);
  });

  it.each([
    ['an hour outside 0–23', (b: Builder) => b.everyDays(1).atHour(24)],
    ['every 0 days', (b: Builder) => b.everyDays(0)],
    ['two recurrences', (b: Builder) => b.everyDays(1).everyDays(2)],
    ['no recurrence at all', (b: Builder) => b.atHour(9)],
    ['an unknown time zone', (b: Builder) => b.inTimezone('Mars/Olympus')],
  ])('rejects %s and records nothing', (_name, build) => {
    const { state, ScriptApp } = scriptApp();
    expect(() => build(ScriptApp.newTrigger('h').timeBased()).create()).toThrow(/^Invalid argument/);
    expect(state.triggers).toEqual([]);
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
    expect(() => ScriptApp.newTrigger('weeklyRun').timeBased().everyDays(7).atHour(8).create()).toThrow(
      ADDON_ONE_TRIGGER_PER_TYPE,
    );
    expect(state.triggers.map((trigger) => trigger.handler)).toEqual(['dailyRun']);
  });

  it('reports an add-on installation source, and a bound script none', () => {
    expect(String(scriptApp({ addOn: true }).ScriptApp.getInstallationSource())).toBe('WEB_STORE_ADD_ON');
    expect(String(scriptApp().ScriptApp.getInstallationSource())).toBe('NONE');
  });

  it('lets a bound script hold two time-driven triggers', () => {
    const { state, ScriptApp } = scriptApp();
    ScriptApp.newTrigger('dailyRun').timeBased().everyDays(1).atHour(9).create();
    ScriptApp.newTrigger('weeklyRun').timeBased().everyDays(7).atHour(8).create();
    expect(state.triggers).toHaveLength(2);
  });
});
