/** Session: the script's time zone, the one thing the add-on asks it. */
import type { CallCounter } from './counters';
import type { Emulates } from './emulates';
import { DEFAULT_TIME_ZONE } from './time';

export class LocalSession implements Emulates<GoogleAppsScript.Base.Session> {
  constructor(
    private readonly counter: CallCounter,
    /** The project's zone (the manifest's), not the spreadsheet's. */
    private readonly scriptTimeZone: () => string,
  ) {}

  /**
   * "Gets the time zone of the script" — the project's (the manifest's), not the spreadsheet's:
   * https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
   */
  getScriptTimeZone(): string {
    this.counter.count('Session.getScriptTimeZone');
    return this.scriptTimeZone() || DEFAULT_TIME_ZONE;
  }
}
