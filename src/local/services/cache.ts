/**
 * CacheService's document cache, as far as the add-on uses it (`get`, `put`), in memory for one
 * runtime, with the limits Google documents
 * (https://developers.google.com/apps-script/reference/cache/cache): keys of at most 250
 * characters, at most 100 KB per value, values are strings, an entry lives 600 s unless
 * `put` says otherwise and at most 21,600 s (6 hours), at most 1,000 entries. A cache is best
 * effort — "the cache may evict an item before it expires" — so a value may be gone at any time:
 * `evictAll` drops everything (a test's way to say so) and a new process starts empty.
 * Where the reference is silent the stricter choice: an expiration outside 1–21,600 s, or a value
 * that is not a string, is refused (Google's typed signature takes a String and an Integer).
 * https://developers.google.com/apps-script/reference/cache/cache-service
 */
import type { CallCounter } from './counters';
import type { Emulates } from './emulates';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21_600;
export const CACHE_MAX_ENTRIES = 1000;
/** What Apps Script says of a key or a value over its limit. */
export const TOO_LARGE = (what: 'key' | 'value') => `Argument too large: ${what}`;

interface Entry {
  value: string;
  expiresAtMs: number;
}

function invalid(message: string): Error {
  return new Error(`Invalid argument: ${message}`);
}

export class LocalCache implements Emulates<GoogleAppsScript.Cache.Cache> {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly counter: CallCounter,
    private readonly nowMs: () => number,
  ) {}

  get(key: string): string | null {
    this.counter.count('Cache.get');
    const entry = this.entries.get(String(key));
    if (!entry) return null;
    if (entry.expiresAtMs <= this.nowMs()) {
      this.entries.delete(String(key));
      return null;
    }
    return entry.value;
  }

  put(key: string, value: string, expirationInSeconds: number = CACHE_DEFAULT_SECONDS): void {
    this.counter.count('Cache.put');
    if (typeof key !== 'string' || key === '') throw invalid('key');
    if (key.length > CACHE_KEY_LIMIT) throw new Error(TOO_LARGE('key'));
    if (typeof value !== 'string') throw invalid('value (a cache holds strings)');
    if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES) throw new Error(TOO_LARGE('value'));
    const seconds = expirationInSeconds;
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > CACHE_MAX_SECONDS)
      throw invalid(`expirationInSeconds(${seconds})`);
    this.entries.delete(key);
    // Past the cap the oldest entry goes first (Google names the cap, not which item it drops).
    if (this.entries.size >= CACHE_MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value ?? '');
    this.entries.set(key, { value, expiresAtMs: this.nowMs() + seconds * 1000 });
  }

  /** Best-effort eviction: everything gone, as Google may do at any time. Not an Apps Script method. */
  evictAll(): void {
    this.entries.clear();
  }
}

export class LocalCacheService implements Emulates<GoogleAppsScript.Cache.CacheService> {
  readonly document: LocalCache;

  constructor(
    private readonly counter: CallCounter,
    nowMs: () => number,
  ) {
    this.document = new LocalCache(counter, nowMs);
  }

  /** The cache of this document and script; a local runtime always has its document. */
  getDocumentCache(): LocalCache {
    this.counter.count('CacheService.getDocumentCache');
    return this.document;
  }
}
