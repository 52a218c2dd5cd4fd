/** Thin adapters over the Apps Script services that need no batching logic. */
import type {
  Clock,
  DocumentLock,
  Logger,
  MenuEntry,
  PropertyStore,
  TriggerInfo,
  Triggers,
  Ui,
  UserSession,
} from '../app/ports';
import { runsAsAddOn } from './installation';

class GasProperties implements PropertyStore {
  constructor(private readonly properties: GoogleAppsScript.Properties.Properties) {}

  get(key: string): string | null {
    return this.properties.getProperty(key);
  }

  getAll(): Record<string, string> {
    return this.properties.getProperties();
  }

  set(key: string, value: string): void {
    this.properties.setProperty(key, value);
  }

  setAll(properties: Record<string, string>): void {
    this.properties.setProperties(properties);
  }

  delete(key: string): void {
    this.properties.deleteProperty(key);
  }
}

export class GasDocumentProperties extends GasProperties {
  constructor() {
    super(PropertiesService.getDocumentProperties());
  }
}

/**
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser() and
 * https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties();
 * each asked for only when used, and once per execution: the person at the keyboard does not change within it.
 */
export class GasUserSession implements UserSession {
  private store: PropertyStore | null = null;
  private emailRead: string | null = null;

  email(): string {
    return (this.emailRead ??= Session.getActiveUser().getEmail() ?? '');
  }

  get properties(): PropertyStore {
    return (this.store ??= new GasProperties(PropertiesService.getUserProperties()));
  }
}

export class GasDocumentLock implements DocumentLock {
  private readonly lock = LockService.getDocumentLock();

  tryAcquire(timeoutMs: number): boolean {
    return this.lock.tryLock(timeoutMs);
  }

  /** Called only after tryAcquire returned true, so it needs no hasLock() round trip first. */
  release(): void {
    this.lock.releaseLock();
  }
}

export class GasTriggers implements Triggers {
  list(): TriggerInfo[] {
    return ScriptApp.getProjectTriggers().map((trigger) => ({
      id: trigger.getUniqueId(),
      handler: trigger.getHandlerFunction(),
      source: trigger.getEventType() === ScriptApp.EventType.CLOCK ? 'clock' : String(trigger.getEventType()),
    }));
  }

  /**
   * `everyHours(1)`: an add-on's time-driven trigger may run at most once an hour
   * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions); the zone
   * does not matter to it, the use case reads the hour in the spreadsheet's zone itself.
   * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyHours(Integer)
   */
  createHourly(handler: string): void {
    ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
  }

  remove(id: string): void {
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getUniqueId() === id) ScriptApp.deleteTrigger(trigger);
    }
  }
}

export class GasUi implements Ui {
  showSidebar(page: string, title: string): void {
    const output = HtmlService.createHtmlOutputFromFile(page).setTitle(title).setWidth(300);
    SpreadsheetApp.getUi().showSidebar(output);
  }

  alert(message: string): void {
    SpreadsheetApp.getUi().alert(message);
  }

  /** https://developers.google.com/apps-script/reference/base/ui#createAddonMenu() */
  addMenu(title: string, entries: readonly MenuEntry[], options: { unauthorized: boolean }): void {
    const ui = SpreadsheetApp.getUi();
    const menu = runsAsAddOn(options.unauthorized) ? ui.createAddonMenu() : ui.createMenu(title);
    for (const entry of entries) {
      if (entry) menu.addItem(entry.label, entry.handler);
      else menu.addSeparator();
    }
    menu.addToUi();
  }
}

export const systemClock: Clock = { now: () => new Date() };

// https://developers.google.com/apps-script/reference/base/console: console.error logs at ERROR severity.
export const consoleLogger: Logger = {
  log(message: string, context?: unknown): void {
    console.log(context === undefined ? message : `${message} ${JSON.stringify(context)}`);
  },
  error(message: string, context?: unknown): void {
    console.error(context === undefined ? message : `${message} ${JSON.stringify(context)}`);
  },
};
