import { memoised } from '../../src/core/memo';

describe('a remembered answer', () => {
  it('computes each text once and answers the same after', () => {
    const asked: string[] = [];
    const length = memoised((text) => {
      asked.push(text);
      return text === '' ? null : text.length;
    });
    expect(['ab', 'abc', 'ab', '', '', 'abc'].map(length)).toEqual([2, 3, 2, null, null, 3]);
    expect(asked).toEqual(['ab', 'abc', '']);
  });

  it('keeps at most `limit` answers and still answers every text right', () => {
    const asked: string[] = [];
    const upper = memoised((text) => {
      asked.push(text);
      return text.toUpperCase();
    }, 2);
    expect(['a', 'b', 'c', 'c', 'a'].map(upper)).toEqual(['A', 'B', 'C', 'C', 'A']);
    expect(asked).toEqual(['a', 'b', 'c', 'c']);
  });
});
