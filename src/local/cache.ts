/**
 * CacheService in memory for one process, with the documented limits: entries
 * expire after 600 s by default and 6 h at most, keys up to 250 characters,
 * values up to 100 KB. Like Google's cache it may forget; nothing persists.
 */
import type { CallCounter } from './counters';

type Cache = GoogleAppsScript.Cache.Cache;

const DEFAULT_EXPIRATION_SECONDS = 600;
const MAX_EXPIRATION_SECONDS = 21600;
const MAX_KEY_LENGTH = 250;
const MAX_VALUE_BYTES = 100 * 1024;

interface Entry {
  value: string;
  expiresAt: number;
}

function createCache(counter: CallCounter, now: () => number): Cache {
  const entries = new Map<string, Entry>();
  const read = (key: string): string | null => {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return null;
    }
    return entry.value;
  };
  const write = (key: string, value: unknown, expirationInSeconds: number): void => {
    const text = String(value);
    if (key.length > MAX_KEY_LENGTH) throw new Error('Argument too large: key');
    if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const seconds = Math.min(Math.max(expirationInSeconds, 1), MAX_EXPIRATION_SECONDS);
    entries.set(key, { value: text, expiresAt: now() + seconds * 1000 });
  };
  return {
    get(key: string): string | null {
      counter.count('Cache.get');
      return read(key);
    },
    getAll(keys: string[]): Record<string, string> {
      counter.count('Cache.getAll');
      const result: Record<string, string> = {};
      for (const key of keys) {
        const value = read(key);
        if (value !== null) result[key] = value;
      }
      return result;
    },
    put(key: string, value: string, expirationInSeconds: number = DEFAULT_EXPIRATION_SECONDS): void {
      counter.count('Cache.put');
      write(key, value, expirationInSeconds);
    },
    putAll(values: Record<string, unknown>, expirationInSeconds: number = DEFAULT_EXPIRATION_SECONDS): void {
      counter.count('Cache.putAll');
      for (const [key, value] of Object.entries(values)) write(key, value, expirationInSeconds);
    },
    remove(key: string): void {
      counter.count('Cache.remove');
      entries.delete(key);
    },
    removeAll(keys: string[]): void {
      counter.count('Cache.removeAll');
      for (const key of keys) entries.delete(key);
    },
  };
}

export function createCacheService(
  counter: CallCounter,
  now: () => number = Date.now,
): GoogleAppsScript.Cache.CacheService {
  const document = createCache(counter, now);
  const script = createCache(counter, now);
  const user = createCache(counter, now);
  return {
    getDocumentCache(): Cache {
      counter.count('CacheService.getDocumentCache');
      return document;
    },
    getScriptCache(): Cache {
      counter.count('CacheService.getScriptCache');
      return script;
    },
    getUserCache(): Cache {
      counter.count('CacheService.getUserCache');
      return user;
    },
  };
}
