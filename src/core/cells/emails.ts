/** One or several email addresses in a cell. */
import { toASCII } from 'punycode/punycode.js';
import type { CellValue } from '../types';
import { fail, isBlank, ok, rawText, type Parsed } from './problems';

/** An ASCII DNS label; internationalised labels are checked in their punycode (`xn--…`) form. */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const EMAIL = new RegExp(
  `^[a-z0-9!#$%&'*+/=?^_\`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_\`{|}~-]+)*@${LABEL}(?:\\.${LABEL})*\\.(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`,
);

/**
 * The address with an internationalised domain (`почта@пример.рф`) turned into the
 * ASCII form every mail server accepts (`почта@xn--e1afmkfd.xn--p1ai`); `null`
 * when the domain cannot be converted. The local part is left as written.
 */
export function asciiAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = address.slice(at + 1);
  if (!/[^\p{ASCII}]/u.test(domain)) return address;
  try {
    return `${address.slice(0, at)}@${toASCII(domain.normalize('NFC')).toLowerCase()}`;
  } catch {
    return null;
  }
}

/** A valid address: ASCII local part, a domain in ASCII or punycode (IDN domains go through `asciiAddress`). */
export function isValidEmail(address: string): boolean {
  return address.length <= 254 && EMAIL.test(address);
}

/**
 * The addresses of one list item (between `,`/`;`): `Name <a@b.ru>` gives the
 * bracketed address and treats the words outside it as a display name, unless a
 * word has an `@` (`a@x b@y <c@z>` is three addresses); without brackets every
 * word is an address.
 */
function itemTokens(item: string): string[] {
  const bracketed = [...item.matchAll(/<([^<>]*)>/g)].map((match) => match[1]);
  const outside = item.replace(/<[^<>]*>/g, ' ').split(/[\s\u00a0]+/);
  if (bracketed.length === 0) return outside;
  return [...outside.filter((word) => word.includes('@')), ...bracketed];
}

/**
 * Addresses separated by `,`, `;` or spaces, also `Name <a@b.ru>` and
 * `mailto:`; lower-cased, IDN domains in punycode, duplicates removed. `[]`
 * when empty; the first invalid address is the problem.
 */
export function parseEmails(value: CellValue): Parsed<string[]> {
  if (isBlank(value)) return ok([]);
  if (typeof value !== 'string') return fail('badEmail', rawText(value));
  const tokens = value.split(/[,;]+/).flatMap(itemTokens);
  const addresses: string[] = [];
  for (const token of tokens) {
    const written = token
      .trim()
      .replace(/^["']+|["']+$/g, '')
      .replace(/^mailto:/i, '')
      .toLowerCase();
    if (written === '') continue;
    const address = asciiAddress(written);
    if (address === null || !isValidEmail(address)) return fail('badEmail', token.trim());
    if (!addresses.includes(address)) addresses.push(address);
  }
  return ok(addresses);
}
