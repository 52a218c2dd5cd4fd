/**
 * The result cache adapter on the local CacheService: an answer over Google's 100 KB per value is
 * kept in pieces with one putAll and read back with one getAll, and any set of pieces that is not
 * one whole write reads as a miss.
 */
import { GasResultCache } from '../../src/gas/cache';
import { MAX_PIECES, pieceKeys } from '../../src/gas/cachePieces';
import { CallCounter } from '../../src/local/services/counters';
import { LocalCacheService, type LocalCache } from '../../src/local/services/cache';

const KEY = 'accountDesk.view:formOptions:l1x2y.abc:2026-12-07:k3j';

function logger(logged: string[]) {
  return { log: (message: string) => logged.push(message), error: (message: string) => logged.push(message) };
}

function adapter() {
  const counter = new CallCounter();
  const service = new LocalCacheService(counter, () => Date.parse('2026-12-07T09:00:00Z'));
  const logged: string[] = [];
  // The local cache emulates the part of Google's Cache the adapter uses (getAll, putAll).
  const result = new GasResultCache(
    logger(logged),
    () => service.getDocumentCache() as unknown as GoogleAppsScript.Cache.Cache,
  );
  return { result, cache: service.document, counter, logged };
}

/** About 350 KB of UTF-8: Cyrillic (2 bytes), ASCII and an emoji (a surrogate pair, 4 bytes) at piece edges. */
const LARGE = JSON.stringify(
  Array.from({ length: 6000 }, (_, i) => ({
    number: `СЧ-${i}`,
    client: `Клиент № ${i} 🙂`,
    owes: '12 000,00 ₽',
  })),
);

function piecesIn(cache: LocalCache): string[] {
  return cache.keys().filter((key) => key.startsWith(`${KEY}#`));
}

describe('GasResultCache', () => {
  it('keeps an answer over 100 KB in pieces, with one putAll, and reads it whole with one getAll', () => {
    const { result, cache, counter } = adapter();
    expect(Buffer.byteLength(LARGE, 'utf8')).toBeGreaterThan(300 * 1024);
    expect(result.put(KEY, LARGE, 600)).toBe(true);
    expect(piecesIn(cache).length).toBeGreaterThan(3);
    expect(result.get(KEY)).toBe(LARGE);
    expect(counter.snapshot()).toEqual({
      'CacheService.getDocumentCache': 1,
      'Cache.putAll': 1,
      'Cache.getAll': 1,
    });
  });

  it('keeps a small answer in one entry', () => {
    const { result, cache } = adapter();
    expect(result.put(KEY, '{"a":"один"}', 600)).toBe(true);
    expect(piecesIn(cache)).toEqual([`${KEY}#0`]);
    expect(result.get(KEY)).toBe('{"a":"один"}');
  });

  it('reads a set with a piece gone (evicted or expired first) as a miss', () => {
    const { result, cache } = adapter();
    result.put(KEY, LARGE, 600);
    cache.evict(`${KEY}#2`);
    expect(result.get(KEY)).toBeNull();
  });

  it('reads a set without its first piece as a miss', () => {
    const { result, cache } = adapter();
    result.put(KEY, LARGE, 600);
    cache.evict(`${KEY}#0`);
    expect(result.get(KEY)).toBeNull();
  });

  it('reads pieces of two different writes under one key as a miss', () => {
    const { result, cache } = adapter();
    const other = LARGE.replace('СЧ-1"', 'СЧ-X"');
    result.put(KEY, LARGE, 600);
    const first = cache.getAll([`${KEY}#1`]);
    result.put(KEY, other, 600);
    cache.putAll(first);
    expect(result.get(KEY)).toBeNull();
  });

  it('reads an altered piece as a miss', () => {
    const { result, cache } = adapter();
    result.put(KEY, LARGE, 600);
    const piece = cache.getAll([`${KEY}#1`])[`${KEY}#1`];
    cache.putAll({ [`${KEY}#1`]: piece.replace('Клиент', 'Клиепт') });
    expect(result.get(KEY)).toBeNull();
  });

  it('keeps nothing it could not read back: a key too long for its pieces, or too many pieces', () => {
    const { result, cache } = adapter();
    // 248 characters fit Google's 250, but not with the piece suffix `#23`.
    expect(pieceKeys('k'.repeat(248)).at(-1)).toHaveLength(251);
    expect(result.put('k'.repeat(248), '1', 600)).toBe(false);
    const huge = 'ж'.repeat(MAX_PIECES * 51_200 + 1);
    expect(result.put(KEY, huge, 600)).toBe(false);
    expect(cache.keys()).toEqual([]);
  });

  it('is a miss, never a failure, when the service throws', () => {
    const { result, logged } = adapter();
    const broken = new GasResultCache(logger(logged), () => {
      throw new Error('Service invoked too many times');
    });
    expect(broken.get(KEY)).toBeNull();
    expect(broken.put(KEY, '1', 600)).toBe(false);
    expect(result.get(KEY)).toBeNull();
  });
});
