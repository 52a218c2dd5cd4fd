/**
 * ScriptApp's installable triggers, recorded in the local state; `scheduler.ts`
 * says when each would fire and the runtime fires them. Builders check what
 * Google documents (allowed intervals, hours, one recurrence per trigger, at
 * most 20 triggers per user per script), record the time zone a clock trigger
 * fires in, and, for a runtime started as an Editor add-on, the add-on rules.
 */
import { randomInt } from 'node:crypto';
import type { CallCounter } from './counters';
import type { LocalSchedule, LocalState, LocalTrigger, LocalTriggerEventType } from './state';
import { DEFAULT_TIME_ZONE } from './time';

type Script = typeof GoogleAppsScript.Script;
type Trigger = GoogleAppsScript.Script.Trigger;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type SpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export const MAX_TRIGGERS = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/*
 * Editor add-ons: "Each add-on can only have one trigger of each type, per user, per document"
 * and "Time-driven triggers cannot run more frequently than once per hour"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 * Google does not document the message; ours names the rule.
 */
export const ADDON_ONE_TRIGGER_PER_TYPE =
  'An add-on can only have one trigger of each type, per user, per document: delete the existing trigger first.';
export const ADDON_HOURLY_AT_MOST =
  'Add-on time-driven triggers cannot run more frequently than once per hour.';

export interface ScriptAppOptions {
  scriptId?: string;
  /**
   * The manifest's `timeZone` (appsscript.json): a clock trigger built without
   * `inTimezone` fires in it, not in the spreadsheet's zone
   * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#inTimezone(String)).
   */
  scriptTimeZone?: string;
  /** Started as an installed Editor add-on (the add-on trigger rules apply). */
  addOn?: boolean;
}

const WEEK_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'] as const;

function enumOf<K extends string>(names: readonly K[]): Record<K, K> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as Record<K, K>;
}

/*
 * Apps Script enum members are opaque objects compared by identity and
 * printed by name; their names as strings behave the same for `===` and
 * `String()`, which is all a script can do with them.
 */
const AUTH_MODE = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const EVENT_TYPE = enumOf(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
const TRIGGER_SOURCE = enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']);
const WEEK_DAY = enumOf(WEEK_DAYS);
const AUTHORIZATION_STATUS = enumOf(['REQUIRED', 'NOT_REQUIRED']);
const INSTALLATION_SOURCE = enumOf(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

function invalid(message: string): Error {
  return new Error(`Invalid argument: ${message}`);
}

function triggerView(record: LocalTrigger, counter: CallCounter): Trigger {
  const view = {
    getUniqueId(): string {
      counter.count('Trigger.getUniqueId');
      return record.id;
    },
    getHandlerFunction(): string {
      counter.count('Trigger.getHandlerFunction');
      return record.handler;
    },
    getEventType(): string {
      counter.count('Trigger.getEventType');
      return record.eventType;
    },
    getTriggerSource(): string {
      counter.count('Trigger.getTriggerSource');
      return record.source;
    },
    getTriggerSourceId(): string {
      counter.count('Trigger.getTriggerSourceId');
      return record.sourceId ?? '';
    },
  };
  // The enum-typed getters return the enum names (see the note on the enums above).
  return view as unknown as Trigger;
}

function newId(state: LocalState): string {
  for (;;) {
    const id = `${randomInt(1, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e9)).padStart(9, '0')}`;
    if (!state.triggers.some((trigger) => trigger.id === id)) return id;
  }
}

function install(
  state: LocalState,
  trigger: Omit<LocalTrigger, 'id'>,
  counter: CallCounter,
  addOn: boolean,
): Trigger {
  if (state.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
  // One user and one document per local runtime: one trigger of each event type.
  if (addOn && state.triggers.some((existing) => existing.eventType === trigger.eventType))
    throw new Error(ADDON_ONE_TRIGGER_PER_TYPE);
  const record: LocalTrigger = { id: newId(state), ...trigger };
  state.triggers = [...state.triggers, record];
  return triggerView(record, counter);
}

/** https://developers.google.com/apps-script/reference/script/clock-trigger-builder */
function clockBuilder(
  state: LocalState,
  handler: string,
  counter: CallCounter,
  options: Required<Pick<ScriptAppOptions, 'scriptTimeZone' | 'addOn'>>,
): ClockTriggerBuilder {
  const schedule: LocalSchedule = {};
  const recurrence = (name: string): void => {
    const chosen = ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'monthDay', 'at'].filter(
      (key) => schedule[key as keyof LocalSchedule] !== undefined,
    );
    if (chosen.length > 0) throw invalid(`${name} after ${chosen[0]}: a trigger has one recurrence`);
  };
  const integerIn = (name: string, value: number, allowed: (n: number) => boolean): number => {
    if (!Number.isInteger(value) || !allowed(value)) throw invalid(`${name}(${value})`);
    return value;
  };
  const builder: ClockTriggerBuilder = {
    everyMinutes(n: number) {
      counter.count('ClockTriggerBuilder.everyMinutes');
      recurrence('everyMinutes');
      schedule.everyMinutes = integerIn('everyMinutes', n, (v) => [1, 5, 10, 15, 30].includes(v));
      return builder;
    },
    everyHours(n: number) {
      counter.count('ClockTriggerBuilder.everyHours');
      recurrence('everyHours');
      schedule.everyHours = integerIn('everyHours', n, (v) => [1, 2, 4, 6, 8, 12].includes(v));
      return builder;
    },
    everyDays(n: number) {
      counter.count('ClockTriggerBuilder.everyDays');
      recurrence('everyDays');
      schedule.everyDays = integerIn('everyDays', n, (v) => v >= 1);
      return builder;
    },
    everyWeeks(n: number) {
      counter.count('ClockTriggerBuilder.everyWeeks');
      recurrence('everyWeeks');
      schedule.everyWeeks = integerIn('everyWeeks', n, (v) => v >= 1);
      return builder;
    },
    onWeekDay(day: GoogleAppsScript.Base.Weekday) {
      counter.count('ClockTriggerBuilder.onWeekDay');
      const name = String(day);
      if (!(WEEK_DAYS as readonly string[]).includes(name)) throw invalid(`onWeekDay(${name})`);
      if (schedule.everyDays !== undefined || schedule.everyHours !== undefined) {
        throw invalid('onWeekDay on a daily or hourly trigger');
      }
      schedule.weekDay = name;
      return builder;
    },
    onMonthDay(day: number) {
      counter.count('ClockTriggerBuilder.onMonthDay');
      recurrence('onMonthDay');
      schedule.monthDay = integerIn('onMonthDay', day, (v) => v >= 1 && v <= 31);
      return builder;
    },
    atHour(hour: number) {
      counter.count('ClockTriggerBuilder.atHour');
      schedule.atHour = integerIn('atHour', hour, (v) => v >= 0 && v <= 23);
      return builder;
    },
    nearMinute(minute: number) {
      counter.count('ClockTriggerBuilder.nearMinute');
      schedule.nearMinute = integerIn('nearMinute', minute, (v) => v >= 0 && v <= 59);
      return builder;
    },
    // "Specifies the timezone for the specified dates/time when the trigger runs. By default, the
    // timezone is that of the script" (the manifest's): clock-trigger-builder#inTimezone(String).
    inTimezone(timeZone: string) {
      counter.count('ClockTriggerBuilder.inTimezone');
      try {
        new Intl.DateTimeFormat('en-US', { timeZone });
      } catch {
        throw invalid(`inTimezone(${timeZone})`);
      }
      schedule.timeZone = timeZone;
      return builder;
    },
    at(date: GoogleAppsScript.Base.Date) {
      counter.count('ClockTriggerBuilder.at');
      recurrence('at');
      schedule.at = new Date((date as unknown as Date).getTime()).toISOString();
      return builder;
    },
    atDate(year: number, month: number, day: number) {
      counter.count('ClockTriggerBuilder.atDate');
      recurrence('atDate');
      schedule.at = new Date(Date.UTC(year, month - 1, day)).toISOString();
      return builder;
    },
    after(durationMilliseconds: number) {
      counter.count('ClockTriggerBuilder.after');
      recurrence('after');
      schedule.at = new Date(Date.now() + durationMilliseconds).toISOString();
      return builder;
    },
    create(): Trigger {
      counter.count('ClockTriggerBuilder.create');
      const weekly = schedule.weekDay !== undefined && schedule.everyWeeks === undefined;
      if (weekly) schedule.everyWeeks = 1;
      const recurring = ['everyMinutes', 'everyHours', 'everyDays', 'everyWeeks', 'monthDay', 'at'].some(
        (key) => schedule[key as keyof LocalSchedule] !== undefined,
      );
      if (!recurring) throw invalid('a time-based trigger needs a recurrence (everyDays, onWeekDay, at…)');
      if (schedule.atHour !== undefined && (schedule.everyMinutes ?? schedule.everyHours) !== undefined) {
        throw invalid('atHour on a trigger that runs every few minutes or hours');
      }
      if (options.addOn && schedule.everyMinutes !== undefined) throw new Error(ADDON_HOURLY_AT_MOST);
      // Without inTimezone the trigger keeps the script's zone, whatever the spreadsheet's is.
      const timeZone = schedule.timeZone ?? options.scriptTimeZone;
      return install(
        state,
        { handler, eventType: 'CLOCK', source: 'CLOCK', schedule: { ...schedule, timeZone } },
        counter,
        options.addOn,
      );
    },
  };
  return builder;
}

function spreadsheetBuilder(
  state: LocalState,
  handler: string,
  sourceId: string,
  counter: CallCounter,
  addOn: boolean,
): SpreadsheetTriggerBuilder {
  let eventType: LocalTriggerEventType | undefined;
  const on = (type: LocalTriggerEventType) => () => {
    counter.count(`SpreadsheetTriggerBuilder.${type}`);
    eventType = type;
    return builder;
  };
  const builder: SpreadsheetTriggerBuilder = {
    onOpen: on('ON_OPEN'),
    onEdit: on('ON_EDIT'),
    onChange: on('ON_CHANGE'),
    onFormSubmit: on('ON_FORM_SUBMIT'),
    create(): Trigger {
      counter.count('SpreadsheetTriggerBuilder.create');
      if (!eventType) throw invalid('a spreadsheet trigger needs an event (onOpen, onEdit…)');
      return install(state, { handler, eventType, source: 'SPREADSHEETS', sourceId }, counter, addOn);
    },
  };
  return builder;
}

function sourceIdOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): string {
  return typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
}

/** The ScriptApp members the add-on can use locally; the rest need Google's servers. */
export type LocalScriptApp = Pick<
  GoogleAppsScript.Script.ScriptApp,
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'InstallationSource'
  | 'TriggerSource'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getScriptId'
  | 'getInstallationSource'
>;

export function createScriptApp(
  state: LocalState,
  counter: CallCounter,
  options: ScriptAppOptions = {},
): LocalScriptApp {
  const scriptId = options.scriptId ?? 'local-script';
  const addOn = options.addOn ?? false;
  const clockOptions = { scriptTimeZone: options.scriptTimeZone ?? DEFAULT_TIME_ZONE, addOn };
  const unsupported = (name: string) => () => {
    throw new Error(`TriggerBuilder.${name} is not available in the local runtime`);
  };
  return {
    AuthMode: AUTH_MODE as unknown as Script['AuthMode'],
    AuthorizationStatus: AUTHORIZATION_STATUS as unknown as Script['AuthorizationStatus'],
    EventType: EVENT_TYPE as unknown as Script['EventType'],
    InstallationSource: INSTALLATION_SOURCE as unknown as Script['InstallationSource'],
    TriggerSource: TRIGGER_SOURCE as unknown as Script['TriggerSource'],
    WeekDay: WEEK_DAY as unknown as typeof GoogleAppsScript.Base.Weekday,
    newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
      counter.count('ScriptApp.newTrigger');
      if (typeof functionName !== 'string' || functionName === '') throw invalid('functionName');
      return {
        timeBased() {
          counter.count('TriggerBuilder.timeBased');
          return clockBuilder(state, functionName, counter, clockOptions);
        },
        forSpreadsheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string) {
          counter.count('TriggerBuilder.forSpreadsheet');
          return spreadsheetBuilder(state, functionName, sourceIdOf(spreadsheet), counter, addOn);
        },
        forDocument: unsupported('forDocument'),
        forForm: unsupported('forForm'),
        forUserCalendar: unsupported('forUserCalendar'),
      } as GoogleAppsScript.Script.TriggerBuilder;
    },
    getProjectTriggers(): Trigger[] {
      counter.count('ScriptApp.getProjectTriggers');
      return state.triggers.map((record) => triggerView(record, counter));
    },
    getUserTriggers(document: { getId(): string }): Trigger[] {
      counter.count('ScriptApp.getUserTriggers');
      const id = document.getId();
      return state.triggers
        .filter((record) => record.source === 'SPREADSHEETS' && record.sourceId === id)
        .map((record) => triggerView(record, counter));
    },
    deleteTrigger(trigger: Trigger): void {
      counter.count('ScriptApp.deleteTrigger');
      const id = trigger.getUniqueId();
      state.triggers = state.triggers.filter((record) => record.id !== id);
    },
    getScriptId(): string {
      counter.count('ScriptApp.getScriptId');
      return scriptId;
    },
    /** NONE for a bound script; an add-on installed by the user reports WEB_STORE_ADD_ON. */
    getInstallationSource() {
      counter.count('ScriptApp.getInstallationSource');
      const source = addOn ? INSTALLATION_SOURCE.WEB_STORE_ADD_ON : INSTALLATION_SOURCE.NONE;
      return source as unknown as GoogleAppsScript.Script.InstallationSource;
    },
  };
}
