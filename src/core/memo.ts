/**
 * Remembering the answer of a pure function of one string, for the few
 * distinct texts a sheet repeats in every row (a cell colour, a status word, a
 * manager's name). At most `limit` answers are kept, so a sheet where every
 * cell differs costs the plain function plus one lookup, never unbounded memory.
 */
export function memoised<R>(compute: (text: string) => R, limit = 2048): (text: string) => R {
  const answers = new Map<string, R>();
  return (text) => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as R;
    const answer = compute(text);
    if (answers.size < limit) answers.set(text, answer);
    return answer;
  };
}
