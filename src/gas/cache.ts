/**
 * The result cache over CacheService's document cache, shared by the document's users
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()),
 * or the user's own cache for an answer that is one person's
 * (https://developers.google.com/apps-script/reference/cache/cache-service#getUserCache()).
 * Google's limits (https://developers.google.com/apps-script/reference/cache/cache): keys up to
 * 250 characters, values up to 100 KB, at most 21,600 s. A value over 100 KB is kept in pieces
 * (cachePieces.ts): one `putAll` to keep it, one `getAll` to read it back. A value that cannot be
 * kept is not offered at all, and whatever the service throws (a limit, an outage) becomes a
 * miss: the caller computes the answer again, it never fails because of the cache.
 */
import type { Logger, ResultCache } from '../app/ports';
import { pieceKeys, piecesOf, valueOf } from './cachePieces';

export const CACHE_MAX_SECONDS = 21_600;

type Cache = GoogleAppsScript.Cache.Cache;

export class GasResultCache implements ResultCache {
  private cache: Cache | null | undefined;

  /** `open` is asked once, on first use; it gives `null` where there is no such cache (then nothing is cached). */
  constructor(
    private readonly logger: Logger,
    private readonly open: () => Cache | null = () => CacheService.getDocumentCache(),
  ) {}

  private service(): Cache | null {
    if (this.cache === undefined) this.cache = this.open();
    return this.cache;
  }

  get(key: string): string | null {
    try {
      const cache = this.service();
      return cache ? valueOf(key, cache.getAll(pieceKeys(key)) as Record<string, unknown>) : null;
    } catch (error) {
      this.logger.log('cache: read failed, computing again', { error: String(error) });
      return null;
    }
  }

  put(key: string, value: string, seconds: number): boolean {
    const pieces = piecesOf(key, value);
    if (!pieces) return false;
    const expiry = Math.min(Math.max(1, Math.round(seconds)), CACHE_MAX_SECONDS);
    try {
      const cache = this.service();
      if (!cache) return false;
      cache.putAll(pieces, expiry);
      return true;
    } catch (error) {
      this.logger.log('cache: not kept', { error: String(error) });
      return false;
    }
  }
}
