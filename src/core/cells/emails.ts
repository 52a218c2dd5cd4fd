/** One or several email addresses in a cell. */
import type { CellValue } from '../types';
import { fail, isBlank, ok, rawText, type Parsed } from './problems';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const EMAIL = new RegExp(
  `^[a-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@${LABEL}(?:\\.${LABEL})*\\.[a-z]{2,63}$`,
);

export function isValidEmail(address: string): boolean {
  return address.length <= 254 && EMAIL.test(address);
}

/**
 * Addresses separated by `,`, `;` or spaces, also `Name <a@b.ru>` and
 * `mailto:`; lower-cased, duplicates removed. `[]` when empty; the first
 * invalid address is the problem.
 */
export function parseEmails(value: CellValue): Parsed<string[]> {
  if (isBlank(value)) return ok([]);
  if (typeof value !== 'string') return fail('badEmail', rawText(value));
  const bracketed = [...value.matchAll(/<([^<>]*)>/g)].map((match) => match[1]);
  const tokens = bracketed.length > 0 ? bracketed : value.split(/[\s,;\u00a0]+/);
  const addresses: string[] = [];
  for (const token of tokens) {
    const address = token
      .trim()
      .replace(/^mailto:/i, '')
      .toLowerCase();
    if (address === '') continue;
    if (!isValidEmail(address)) return fail('badEmail', token.trim());
    if (!addresses.includes(address)) addresses.push(address);
  }
  return ok(addresses);
}
