/**
 * The result cache over CacheService's document cache, shared by the document's users
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()).
 * Google's limits (https://developers.google.com/apps-script/reference/cache/cache): keys up to
 * 250 characters, values up to 100 KB, at most 21,600 s. A value over a limit is not offered at
 * all, and whatever the service throws (a limit, an outage) becomes a miss: the caller computes
 * the answer again, it never fails because of the cache.
 */
import type { Logger, ResultCache } from '../app/ports';

export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_MAX_SECONDS = 21_600;

/** UTF-8 bytes of a string, without a Blob round trip: Cyrillic text takes two a letter. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

export class GasResultCache implements ResultCache {
  private cache: GoogleAppsScript.Cache.Cache | null | undefined;

  constructor(private readonly logger: Logger) {}

  /** Asked for once, on first use; `null` where there is no document (then nothing is cached). */
  private documentCache(): GoogleAppsScript.Cache.Cache | null {
    if (this.cache === undefined) this.cache = CacheService.getDocumentCache();
    return this.cache;
  }

  get(key: string): string | null {
    try {
      return this.documentCache()?.get(key) ?? null;
    } catch (error) {
      this.logger.log('cache: read failed, computing again', { error: String(error) });
      return null;
    }
  }

  put(key: string, value: string, seconds: number): boolean {
    if (key.length > CACHE_KEY_LIMIT || utf8Bytes(value) > CACHE_VALUE_LIMIT_BYTES) return false;
    const expiry = Math.min(Math.max(1, Math.round(seconds)), CACHE_MAX_SECONDS);
    try {
      const cache = this.documentCache();
      if (!cache) return false;
      cache.put(key, value, expiry);
      return true;
    } catch (error) {
      this.logger.log('cache: not kept', { error: String(error) });
      return false;
    }
  }
}
