/** Session: the script's time zone and the signed-in user. */
import type { CallCounter } from './counters';
import type { Emulates } from './emulates';
import { DEFAULT_TIME_ZONE } from './time';

export class LocalSession implements Emulates<GoogleAppsScript.Base.Session> {
  constructor(
    private readonly counter: CallCounter,
    /** The project's zone (the manifest's), not the spreadsheet's. */
    private readonly scriptTimeZone: () => string,
    /** The user the script runs as: who installed the trigger, the sender of its mail. */
    private readonly effectiveUser: string = '',
  ) {}

  /**
   * "Gets the time zone of the script" — the project's (the manifest's), not the spreadsheet's:
   * https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
   */
  /**
   * The user at the keyboard. Google gives their email only where security policies allow it and
   * "a blank string" otherwise (https://developers.google.com/apps-script/reference/base/session#getActiveUser(),
   * https://developers.google.com/apps-script/reference/base/user#getEmail()); locally it is
   * `ACCOUNT_DESK_USER`, blank when unset, as for a consumer account.
   */
  getActiveUser(): LocalUser {
    this.counter.count('Session.getActiveUser');
    return new LocalUser(this.counter, process.env.ACCOUNT_DESK_USER?.trim() ?? '');
  }

  /**
   * "The user under whose authority the script is running" — in a trigger, who installed it;
   * GmailApp sends as this user (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
   * Locally the runtime's sender.
   */
  getEffectiveUser(): LocalUser {
    this.counter.count('Session.getEffectiveUser');
    return new LocalUser(this.counter, this.effectiveUser);
  }

  getScriptTimeZone(): string {
    this.counter.count('Session.getScriptTimeZone');
    return this.scriptTimeZone() || DEFAULT_TIME_ZONE;
  }
}

export class LocalUser implements Emulates<GoogleAppsScript.Base.User> {
  constructor(
    private readonly counter: CallCounter,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.counter.count('User.getEmail');
    return this.email;
  }
}
