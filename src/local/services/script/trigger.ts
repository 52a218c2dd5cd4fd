/** One installed trigger as ScriptApp hands it out, over its stored record. */
import type { CallCounter } from '../counters';
import type { Emulates } from '../emulates';
import type { StoredTrigger } from '../state';

export class LocalTrigger implements Emulates<GoogleAppsScript.Script.Trigger> {
  constructor(
    readonly record: StoredTrigger,
    private readonly counter: CallCounter,
  ) {}

  getUniqueId(): string {
    this.counter.count('Trigger.getUniqueId');
    return this.record.id;
  }

  getHandlerFunction(): string {
    this.counter.count('Trigger.getHandlerFunction');
    return this.record.handler;
  }

  /** The enum member's name (see the note on the enums in scriptApp.ts). */
  getEventType(): string {
    this.counter.count('Trigger.getEventType');
    return this.record.eventType;
  }
}
