/**
 * PropertiesService over the local state: document, script and user stores,
 * strings only, with the documented quotas (9 KB per value, 500 KB per store).
 * Stores are looked up on the state at every call, so a reload of the state
 * (another process wrote it) is seen at once.
 */
import type { CallCounter } from './counters';
import type { LocalState } from './state';

type Properties = GoogleAppsScript.Properties.Properties;
type StoreKind = 'document' | 'script' | 'user';

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

/** Checks the quotas on the store as it would be after the change, and only then commits it. */
function commit(state: LocalState, kind: StoreKind, next: Record<string, string>): void {
  for (const value of Object.values(next)) {
    if (byteLength(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
  }
  if (storeSize(next) > PROPERTY_STORE_LIMIT_BYTES) {
    throw new Error(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
  }
  state[kind] = next;
}

function createStore(state: LocalState, kind: StoreKind, counter: CallCounter): Properties {
  const call = (method: string): Record<string, string> => {
    counter.count(`Properties.${method}`);
    return state[kind];
  };
  const store: Properties = {
    getProperty(key: string): string | null {
      const values = call('getProperty');
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : null;
    },
    getProperties(): Record<string, string> {
      return { ...call('getProperties') };
    },
    getKeys(): string[] {
      return Object.keys(call('getKeys'));
    },
    setProperty(key: string, value: string): Properties {
      commit(state, kind, { ...call('setProperty'), [String(key)]: String(value) });
      return store;
    },
    setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
      const current = call('setProperties');
      const next: Record<string, string> = deleteAllOthers ? {} : { ...current };
      for (const [key, value] of Object.entries(properties)) next[key] = String(value);
      commit(state, kind, next);
      return store;
    },
    deleteProperty(key: string): Properties {
      const next = { ...call('deleteProperty') };
      delete next[key];
      state[kind] = next;
      return store;
    },
    deleteAllProperties(): Properties {
      call('deleteAllProperties');
      state[kind] = {};
      return store;
    },
  };
  return store;
}

export function createPropertiesService(
  state: LocalState,
  counter: CallCounter,
): GoogleAppsScript.Properties.PropertiesService {
  const stores = {
    document: createStore(state, 'document', counter),
    script: createStore(state, 'script', counter),
    user: createStore(state, 'user', counter),
  };
  return {
    getDocumentProperties(): Properties {
      counter.count('PropertiesService.getDocumentProperties');
      return stores.document;
    },
    getScriptProperties(): Properties {
      counter.count('PropertiesService.getScriptProperties');
      return stores.script;
    },
    getUserProperties(): Properties {
      counter.count('PropertiesService.getUserProperties');
      return stores.user;
    },
  };
}
