/**
 * ScriptApp's installable triggers, recorded in the local state; the runner's
 * scheduler says when each would fire and fires it.
 * https://developers.google.com/apps-script/reference/script/script-app
 */
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import type { LocalState } from '../state';
import { DEFAULT_TIME_ZONE } from '../time';
import { invalid, LocalTriggerBuilder, type ClockTriggerOptions } from './clockTriggerBuilder';
import { LocalTrigger } from './trigger';

export interface ScriptAppOptions {
  /** The manifest's `timeZone`, in which a clock trigger built without `inTimezone` fires. */
  scriptTimeZone?: string;
  /** Started as an installed Editor add-on (the add-on trigger rules apply). */
  addOn?: boolean;
}

function enumOf<K extends string>(names: readonly K[]): Readonly<Record<K, K>> {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as Record<K, K>;
}

/*
 * Apps Script enum members are opaque objects compared by identity and
 * printed by name; their names as strings behave the same for `===` and
 * `String()`, which is all a script can do with them.
 */
export const AUTH_MODE = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
const EVENT_TYPE = enumOf(['CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED']);
const INSTALLATION_SOURCE = enumOf(['APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON']);

export class LocalScriptApp implements Emulates<GoogleAppsScript.Script.ScriptApp> {
  readonly AuthMode = AUTH_MODE;
  readonly EventType = EVENT_TYPE;
  readonly InstallationSource = INSTALLATION_SOURCE;
  private readonly options: ClockTriggerOptions;

  constructor(
    private readonly state: LocalState,
    private readonly counter: CallCounter,
    options: ScriptAppOptions = {},
  ) {
    this.options = {
      state,
      counter,
      scriptTimeZone: options.scriptTimeZone ?? DEFAULT_TIME_ZONE,
      addOn: options.addOn ?? false,
    };
  }

  newTrigger(functionName: string): LocalTriggerBuilder {
    this.counter.count('ScriptApp.newTrigger');
    if (typeof functionName !== 'string' || functionName === '') throw invalid('functionName');
    return new LocalTriggerBuilder(functionName, this.options);
  }

  getProjectTriggers(): LocalTrigger[] {
    this.counter.count('ScriptApp.getProjectTriggers');
    return this.state.triggers.map((record) => new LocalTrigger(record, this.counter));
  }

  deleteTrigger(trigger: LocalTrigger): void {
    this.counter.count('ScriptApp.deleteTrigger');
    const id = trigger.getUniqueId();
    this.state.triggers = this.state.triggers.filter((record) => record.id !== id);
  }

  /** NONE for a bound script; an add-on installed by the user reports WEB_STORE_ADD_ON. */
  getInstallationSource(): string {
    this.counter.count('ScriptApp.getInstallationSource');
    return this.options.addOn ? INSTALLATION_SOURCE.WEB_STORE_ADD_ON : INSTALLATION_SOURCE.NONE;
  }
}
