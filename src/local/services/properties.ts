/**
 * PropertiesService over the local state: the document store (the only one the add-on uses),
 * strings only, with the documented quotas (9 KB per value, 500 KB per store:
 * https://developers.google.com/apps-script/guides/services/quotas). The store is looked up on
 * the state at every call, so a reload of the state (another process wrote it) is seen at once.
 * https://developers.google.com/apps-script/reference/properties/properties
 */
import type { CallCounter } from './counters';
import type { Emulates } from './emulates';
import type { LocalState } from './state';

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeSize(store: Record<string, string>): number {
  let size = 0;
  for (const [key, value] of Object.entries(store)) size += byteLength(key) + byteLength(value);
  return size;
}

/** Which of the state's stores a Properties object is. */
type StoreName = 'document' | 'user';

export class LocalProperties implements Emulates<GoogleAppsScript.Properties.Properties> {
  constructor(
    private readonly state: LocalState,
    private readonly counter: CallCounter,
    private readonly store: StoreName = 'document',
  ) {}

  private current(method: string): Record<string, string> {
    this.counter.count(`Properties.${method}`);
    return this.state[this.store];
  }

  /** Checks the quotas on the store as it would be after the change, and only then commits it. */
  private commit(next: Record<string, string>): this {
    for (const value of Object.values(next)) {
      if (byteLength(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    }
    if (storeSize(next) > PROPERTY_STORE_LIMIT_BYTES) {
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    }
    this.state[this.store] = next;
    return this;
  }

  getProperty(key: string): string | null {
    const values = this.current('getProperty');
    return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : null;
  }

  getProperties(): Record<string, string> {
    return { ...this.current('getProperties') };
  }

  setProperty(key: string, value: string): this {
    return this.commit({ ...this.current('setProperty'), [String(key)]: String(value) });
  }

  setProperties(properties: Record<string, string>, deleteAllOthers = false): this {
    const current = this.current('setProperties');
    const next: Record<string, string> = deleteAllOthers ? {} : { ...current };
    for (const [key, value] of Object.entries(properties)) next[key] = String(value);
    return this.commit(next);
  }

  deleteProperty(key: string): this {
    const next = { ...this.current('deleteProperty') };
    delete next[key];
    this.state[this.store] = next;
    return this;
  }
}

export class LocalPropertiesService implements Emulates<GoogleAppsScript.Properties.PropertiesService> {
  private readonly document: LocalProperties;
  private readonly user: LocalProperties;

  constructor(
    state: LocalState,
    private readonly counter: CallCounter,
  ) {
    this.document = new LocalProperties(state, counter);
    this.user = new LocalProperties(state, counter, 'user');
  }

  /**
   * The store of the user at the keyboard, for this script: one local user
   * (https://developers.google.com/apps-script/reference/properties/properties-service#getUserProperties()).
   */
  getUserProperties(): LocalProperties {
    this.counter.count('PropertiesService.getUserProperties');
    return this.user;
  }

  getDocumentProperties(): LocalProperties {
    this.counter.count('PropertiesService.getDocumentProperties');
    return this.document;
  }
}
