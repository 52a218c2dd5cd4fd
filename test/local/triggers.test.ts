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
  it('records an hourly time-driven trigger with its handler, source and the script time zone', () => {
    const { state, ScriptApp } = scriptApp({ scriptTimeZone: 'Europe/Moscow' });
    const trigger = ScriptApp.newTrigger('hourlyRun').timeBased().everyHours(1).create();
    expect(trigger.getHandlerFunction()).toBe('hourlyRun');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(trigger.getUniqueId()).toMatch(/^\d+$/);
    expect(state.triggers).toEqual([
      {
        id: trigger.getUniqueId(),
        handler: 'hourlyRun',
        eventType: 'CLOCK',
        source: 'CLOCK',
        schedule: { everyHours: 1, timeZone: 'Europe/Moscow' },
      },
    ]);
  });

  it.each([1, 2, 4, 6, 8, 12])('accepts every %i hours', (hours) => {
    const { state, ScriptApp } = scriptApp();
    ScriptApp.newTrigger('h').timeBased().everyHours(hours).create();
    expect(state.triggers[0].schedule?.everyHours).toBe(hours);
  });

  it('lists the project triggers and deletes one by its object', () => {
    const { ScriptApp } = scriptApp();
    ScriptApp.newTrigger('hourlyRun').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('otherRun').timeBased().everyHours(2).create();
    const [daily, other] = ScriptApp.getProjectTriggers();
    ScriptApp.deleteTrigger(daily);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([other.getUniqueId()]);
  });

  it('throws the Apps Script error for the 21st trigger of a script', () => {
    const { ScriptApp } = scriptApp();
    for (let i = 0; i < MAX_TRIGGERS; i += 1)
      ScriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('one-too-many').timeBased().everyHours(1).create()).toThrow(
      TOO_MANY_TRIGGERS,
    );
    expect(ScriptApp.getProjectTriggers()).toHaveLength(MAX_TRIGGERS);
  });

  it.each([
    ['every 0 hours', (b: Builder) => b.everyHours(0)],
    ['every 3 hours (not an interval the editor offers)', (b: Builder) => b.everyHours(3)],
    ['every 24 hours', (b: Builder) => b.everyHours(24)],
    ['a fraction of an hour', (b: Builder) => b.everyHours(0.5)],
    ['two recurrences', (b: Builder) => b.everyHours(1).everyHours(2)],
    ['no recurrence at all', (b: Builder) => b],
  ])('rejects %s and records nothing', (_name, build) => {
    const { state, ScriptApp } = scriptApp();
    expect(() => build(ScriptApp.newTrigger('h').timeBased()).create()).toThrow(/^Invalid argument/);
    expect(state.triggers).toEqual([]);
  });

  it('counts builder and listing calls', () => {
    const { ScriptApp, counter } = scriptApp();
    ScriptApp.newTrigger('hourlyRun').timeBased().everyHours(1).create();
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
    ScriptApp.newTrigger('hourlyRun').timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('otherRun').timeBased().everyHours(2).create()).toThrow(
      ADDON_ONE_TRIGGER_PER_TYPE,
    );
    expect(state.triggers.map((trigger) => trigger.handler)).toEqual(['hourlyRun']);
  });

  it('reports an add-on installation source, and a bound script none', () => {
    expect(String(scriptApp({ addOn: true }).ScriptApp.getInstallationSource())).toBe('WEB_STORE_ADD_ON');
    expect(String(scriptApp().ScriptApp.getInstallationSource())).toBe('NONE');
  });

  it('lets a bound script hold two time-driven triggers', () => {
    const { state, ScriptApp } = scriptApp();
    ScriptApp.newTrigger('hourlyRun').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('otherRun').timeBased().everyHours(2).create();
    expect(state.triggers).toHaveLength(2);
  });
});
