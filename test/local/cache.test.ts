import { CallCounter } from '../../src/local/services/counters';
import { CACHE_MAX_ENTRIES, LocalCacheService, TOO_LARGE } from '../../src/local/services/cache';

function documentCache(start = Date.parse('2026-12-07T09:00:00Z')) {
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

describe('CacheService document cache', () => {
  it('keeps a string for 600 seconds unless told otherwise', () => {
    const { cache, advance } = documentCache();
    cache.put('a', 'один');
    advance(599);
    expect(cache.get('a')).toBe('один');
    advance(1);
    expect(cache.get('a')).toBeNull();
  });

  it('keeps a value for the seconds put names, 21,600 at most', () => {
    const { cache, advance } = documentCache();
    cache.put('a', '1', 21_600);
    advance(21_599);
    expect(cache.get('a')).toBe('1');
    advance(1);
    expect(cache.get('a')).toBeNull();
    expect(() => cache.put('b', '1', 21_601)).toThrow(/^Invalid argument/);
    expect(() => cache.put('b', '1', 0)).toThrow(/^Invalid argument/);
    expect(cache.get('b')).toBeNull();
  });

  it('is one cache per document: every getDocumentCache sees the same entries', () => {
    const { cache, service } = documentCache();
    cache.put('a', '1');
    expect(service.getDocumentCache().get('a')).toBe('1');
  });

  it('refuses a key over 250 characters and a value over 100 KB of UTF-8, keeping nothing', () => {
    const { cache } = documentCache();
    expect(() => cache.put('k'.repeat(251), '1')).toThrow(TOO_LARGE('key'));
    cache.put('k'.repeat(250), '1');
    // 51,201 Cyrillic letters: 102,402 bytes, though fewer than 102,400 characters.
    expect(() => cache.put('big', 'ж'.repeat(51_201))).toThrow(TOO_LARGE('value'));
    expect(cache.get('big')).toBeNull();
    cache.put('fits', 'ж'.repeat(51_200));
    expect(cache.get('fits')).toHaveLength(51_200);
  });

  it('holds strings only', () => {
    const { cache } = documentCache();
    expect(() => cache.put('a', 42 as unknown as string)).toThrow(/^Invalid argument/);
    expect(() => cache.put('a', { a: 1 } as unknown as string)).toThrow(/^Invalid argument/);
  });

  it('may forget: past 1,000 entries the oldest goes, and eviction drops everything', () => {
    const { cache } = documentCache();
    for (let i = 0; i <= CACHE_MAX_ENTRIES; i += 1) cache.put(`k${i}`, String(i));
    expect(cache.get('k0')).toBeNull();
    expect(cache.get(`k${CACHE_MAX_ENTRIES}`)).toBe(String(CACHE_MAX_ENTRIES));
    cache.evictAll();
    expect(cache.get(`k${CACHE_MAX_ENTRIES}`)).toBeNull();
  });

  it('counts each call as a service call', () => {
    const { service, counter } = documentCache();
    const cache = service.getDocumentCache();
    cache.put('a', '1');
    cache.get('a');
    expect(counter.snapshot()).toMatchObject({
      'CacheService.getDocumentCache': 2,
      'Cache.put': 1,
      'Cache.get': 1,
    });
  });
});
