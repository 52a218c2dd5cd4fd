/**
 * The time-driven trigger builder, as far as the add-on builds one: every n hours. It checks what
 * Google documents (at most 20 triggers per user per script) and, for a runtime started as an
 * Editor add-on, the add-on rule of one trigger per type; where the reference is silent (which n
 * `everyHours` takes) it takes the stricter choice.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import { randomInt } from 'node:crypto';
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import type { LocalSchedule, LocalState } from '../state';
import { LocalTrigger } from './trigger';

export const MAX_TRIGGERS = 20;
const HOUR_INTERVALS: readonly number[] = [1, 2, 4, 6, 8, 12];
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
   * keeps it, not the spreadsheet's zone (clock-trigger-builder#inTimezone(String)).
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

  /*
   * "Specifies to run the trigger every n hours" (clock-trigger-builder#everyHours(Integer)).
   * The reference lists no allowed n; the editor's trigger form offers 1, 2, 4, 6, 8 and 12, and
   * those alone are accepted here. An add-on's trigger may run at most once an hour
   * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions): 1 is
   * the most often there is.
   */
  everyHours(n: number): this {
    this.count('everyHours');
    if (this.schedule.everyHours !== undefined)
      throw invalid('everyHours after everyHours: a trigger has one recurrence');
    this.schedule.everyHours = integerIn('everyHours', n, (v) => HOUR_INTERVALS.includes(v));
    return this;
  }

  create(): LocalTrigger {
    this.count('create');
    const { state, counter, addOn, scriptTimeZone } = this.options;
    if (this.schedule.everyHours === undefined)
      throw invalid('a time-based trigger needs a recurrence (everyHours…)');
    if (state.triggers.length >= MAX_TRIGGERS) throw new Error(TOO_MANY_TRIGGERS);
    // One user and one document per local runtime: one trigger of each event type.
    if (addOn && state.triggers.some((existing) => existing.eventType === 'CLOCK'))
      throw new Error(ADDON_ONE_TRIGGER_PER_TYPE);
    // A trigger keeps the script's zone (clock-trigger-builder#inTimezone(String)), whatever the
    // spreadsheet's is; an hourly one fires on elapsed hours, so the zone does not move it.
    const schedule = { ...this.schedule, timeZone: scriptTimeZone };
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
