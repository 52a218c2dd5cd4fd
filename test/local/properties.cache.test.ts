import { CallCounter } from '../../src/local/counters';
import { createCacheService } from '../../src/local/cache';

function cache() {
  let now = 1_000_000;
  const service = createCacheService(new CallCounter(), () => now);
  return { cache: service.getScriptCache(), advance: (seconds: number) => (now += seconds * 1000), service };
}

describe('CacheService', () => {
  it('returns null for a missing key and the stored string otherwise', () => {
    const { cache: c } = cache();
    expect(c.get('a')).toBeNull();
    c.put('a', 'value');
    expect(c.get('a')).toBe('value');
  });

  it.each([
    ['the default of 600 seconds', undefined, 599, 601],
    ['an explicit expiration', 60, 59, 61],
    ['at most 6 hours even when asked for more', 100000, 21599, 21601],
  ])('expires entries after %s', (_name, expiration, aliveAt, goneAt) => {
    const { cache: c, advance } = cache();
    if (expiration === undefined) c.put('k', 'v');
    else c.put('k', 'v', expiration);
    advance(aliveAt);
    expect(c.get('k')).toBe('v');
    advance(goneAt - aliveAt);
    expect(c.get('k')).toBeNull();
  });

  it('puts and gets several keys at once, leaving out the missing ones', () => {
    const { cache: c } = cache();
    c.putAll({ a: '1', b: '2' });
    c.remove('a');
    expect(c.getAll(['a', 'b', 'c'])).toEqual({ b: '2' });
  });

  it('rejects keys longer than 250 characters', () => {
    const { cache: c } = cache();
    expect(() => c.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
  });

  it('keeps the script, user and document caches apart', () => {
    const { service } = cache();
    service.getScriptCache().put('k', 'script');
    expect(service.getUserCache().get('k')).toBeNull();
    expect(service.getDocumentCache()?.get('k')).toBeNull();
  });
});
