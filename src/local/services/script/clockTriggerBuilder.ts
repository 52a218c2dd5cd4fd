/**
 * The time-driven trigger builder, as far as the add-on builds one: every n days at an hour,
 * in a zone. It checks what Google documents (allowed values, at most 20 triggers per user per
 * script) and, for a runtime started as an Editor add-on, the add-on rule of one trigger per
 * type. https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import { randomInt } from 'node:crypto';
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import type { LocalSchedule, LocalState } from '../state';
import { isValidTimeZone } from '../time';
import { LocalTrigger } from './trigger';

export const MAX_TRIGGERS = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/*
 * Editor add-ons: "Each add-on can only have one trigger of each type, per user, per document"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 * Google does not document the message; ours names the rule.
 */
export const ADDON_ONE_TRIGGER_PER_TYPE =
  'An add-on can only have one trigger of each type, per user, per document: delete the existing trigger first.';

export interface ClockTriggerOptions {
  state: LocalState;
  counter: CallCounter;
  /**
   * The manifest's `timeZone` (appsscript.json): a clock trigger built without `inTimezone`
   * fires in it, not in the spreadsheet's zone (clock-trigger-builder#inTimezone(String)).
   */
  scriptTimeZone: string;
  /** Started as an installed Editor add-on (the add-on trigger rules apply). */
  addOn: boolean;
}

export function invalid(message: string): Error {
  return new Error(`Invalid argument: ${message}`);
}

function newId(state: LocalState): string {
  for (;;) {
    const id = `${randomInt(1, 10)}${String(randomInt(0, 1e9)).padStart(9, '0')}${String(randomInt(0, 1e9)).padStart(9, '0')}`;
    if (!state.triggers.some((trigger) => trigger.id === id)) return id;
  }
}

function integerIn(name: string, value: number, allowed: (n: number) => boolean): number {
  if (!Number.isInteger(value) || !allowed(value)) throw invalid(`${name}(${value})`);
  return value;
}

export class LocalClockTriggerBuilder implements Emulates<GoogleAppsScript.Script.ClockTriggerBuilder> {
  private readonly schedule: LocalSchedule = {};

  constructor(
    private readonly handler: string,
    private readonly options: ClockTriggerOptions,
  ) {}

  private count(method: string): void {
    this.options.counter.count(`ClockTriggerBuilder.${method}`);
  }

  everyDays(n: number): this {
    this.count('everyDays');
    if (this.schedule.everyDays !== undefined)
      throw invalid('everyDays after everyDays: a trigger has one recurrence');
    this.schedule.everyDays = integerIn('everyDays', n, (v) => v >= 1);
    return this;
  }

  atHour(hour: number): this {
    this.count('atHour');
    this.schedule.atHour = integerIn('atHour', hour, (v) => v >= 0 && v <= 23);
    return this;
  }

  // "Specifies the timezone for the specified dates/time when the trigger runs. By default, the
  // timezone is that of the script" (the manifest's): clock-trigger-builder#inTimezone(String).
  inTimezone(timeZone: string): this {
    this.count('inTimezone');
    if (!isValidTimeZone(timeZone)) throw invalid(`inTimezone(${timeZone})`);
    this.schedule.timeZone = timeZone;
    return this;
  }

  create(): LocalTrigger {
    this.count('create');
    const { state, counter, addOn, scriptTimeZone } = this.options;
    if (this.schedule.everyDays === undefined)
      throw invalid('a time-based trigger needs a recurrence (everyDays…)');
    if (state.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    // One user and one document per local runtime: one trigger of each event type.
    if (addOn && state.triggers.some((existing) => existing.eventType === 'CLOCK'))
      throw new Error(ADDON_ONE_TRIGGER_PER_TYPE);
    // Without inTimezone the trigger keeps the script's zone, whatever the spreadsheet's is.
    const schedule = { ...this.schedule, timeZone: this.schedule.timeZone ?? scriptTimeZone };
    const record = { id: newId(state), handler: this.handler, eventType: 'CLOCK', source: 'CLOCK', schedule };
    state.triggers = [...state.triggers, record];
    return new LocalTrigger(record, counter);
  }
}

export class LocalTriggerBuilder implements Emulates<GoogleAppsScript.Script.TriggerBuilder> {
  constructor(
    private readonly handler: string,
    private readonly options: ClockTriggerOptions,
  ) {}

  timeBased(): LocalClockTriggerBuilder {
    this.options.counter.count('TriggerBuilder.timeBased');
    return new LocalClockTriggerBuilder(this.handler, this.options);
  }
}
