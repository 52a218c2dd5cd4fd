import { CallCounter } from '../../src/local/services/counters';
import { CACHE_MAX_ENTRIES, LocalCacheService, TOO_LARGE } from '../../src/local/services/cache';

function caches(start = Date.parse('2026-12-07T09:00:00Z')) {
  let now = start;
  const counter = new CallCounter();
  const service = new LocalCacheService(counter, () => now);
  return {
    cache: service.getDocumentCache(),
    service,
    counter,
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

const one = (cache: { getAll(keys: string[]): Record<string, string> }, key: string): string | null =>
  cache.getAll([key])[key] ?? null;

describe('CacheService caches', () => {
  it('keeps strings for 600 seconds unless told otherwise', () => {
    const { cache, advance } = caches();
    cache.putAll({ a: 'один', b: 'два' });
    advance(599);
    expect(cache.getAll(['a', 'b', 'missing'])).toEqual({ a: 'один', b: 'два' });
    advance(1);
    expect(cache.getAll(['a', 'b'])).toEqual({});
  });

  it('keeps values for the seconds putAll names, 21,600 at most', () => {
    const { cache, advance } = caches();
    cache.putAll({ a: '1' }, 21_600);
    advance(21_599);
    expect(one(cache, 'a')).toBe('1');
    advance(1);
    expect(one(cache, 'a')).toBeNull();
    expect(() => cache.putAll({ b: '1' }, 21_601)).toThrow(/^Invalid argument/);
    expect(() => cache.putAll({ b: '1' }, 0)).toThrow(/^Invalid argument/);
    expect(one(cache, 'b')).toBeNull();
  });

  it('is one cache per document, and another per user: each getter sees its own entries', () => {
    const { cache, service } = caches();
    cache.putAll({ a: '1' });
    expect(one(service.getDocumentCache(), 'a')).toBe('1');
    expect(one(service.getUserCache(), 'a')).toBeNull();
    service.getUserCache().putAll({ a: 'mine' });
    expect(one(service.getUserCache(), 'a')).toBe('mine');
    expect(one(cache, 'a')).toBe('1');
  });

  it('refuses a key over 250 characters and a value over 100 KB of UTF-8, keeping nothing of that putAll', () => {
    const { cache } = caches();
    expect(() => cache.putAll({ ok: '1', ['k'.repeat(251)]: '1' })).toThrow(TOO_LARGE('key'));
    expect(one(cache, 'ok')).toBeNull();
    expect(() => cache.getAll(['k'.repeat(251)])).toThrow(TOO_LARGE('key'));
    cache.putAll({ ['k'.repeat(250)]: '1' });
    // 51,201 Cyrillic letters: 102,402 bytes, though fewer than 102,400 characters.
    expect(() => cache.putAll({ ok: '1', big: 'ж'.repeat(51_201) })).toThrow(TOO_LARGE('value'));
    expect(cache.getAll(['ok', 'big'])).toEqual({});
    cache.putAll({ fits: 'ж'.repeat(51_200) });
    expect(one(cache, 'fits')).toHaveLength(51_200);
  });

  it('holds strings only, under non-empty string keys', () => {
    const { cache } = caches();
    expect(() => cache.putAll({ a: 42 } as unknown as Record<string, string>)).toThrow(/^Invalid argument/);
    expect(() => cache.putAll({ a: { a: 1 } } as unknown as Record<string, string>)).toThrow(
      /^Invalid argument/,
    );
    expect(() => cache.putAll({ '': '1' })).toThrow(/^Invalid argument/);
    expect(() => cache.getAll('a' as unknown as string[])).toThrow(/^Invalid argument/);
  });

  it('may forget: past 1,000 entries the oldest goes, and eviction drops everything', () => {
    const { cache } = caches();
    for (let i = 0; i <= CACHE_MAX_ENTRIES; i += 1) cache.putAll({ [`k${i}`]: String(i) });
    expect(one(cache, 'k0')).toBeNull();
    expect(one(cache, `k${CACHE_MAX_ENTRIES}`)).toBe(String(CACHE_MAX_ENTRIES));
    cache.evictAll();
    expect(one(cache, `k${CACHE_MAX_ENTRIES}`)).toBeNull();
  });

  it('refuses a putAll of more entries than the cache holds', () => {
    const { cache } = caches();
    const many = Object.fromEntries(Array.from({ length: CACHE_MAX_ENTRIES + 1 }, (_, i) => [`k${i}`, '1']));
    expect(() => cache.putAll(many)).toThrow(/^Invalid argument/);
    expect(one(cache, 'k0')).toBeNull();
  });

  it('counts each call as a service call, however many keys it names', () => {
    const { service, counter } = caches();
    const cache = service.getDocumentCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.getAll(['a', 'b', 'c', 'd']);
    service.getUserCache();
    expect(counter.snapshot()).toEqual({
      'CacheService.getDocumentCache': 2,
      'CacheService.getUserCache': 1,
      'Cache.putAll': 1,
      'Cache.getAll': 1,
    });
  });
});
