/**
 * Who is "the agency" when a message comes in: the signed-in user, the team's and the managers'
 * addresses, the head's and the accountant's, and the agency's own domain — the domain of those
 * addresses, unless it is a public mail service many clients use too (then only the addresses count).
 * A message from anyone else in a reminder's thread is the client's.
 */

/** Mail services anybody may have an address at: their domain says nothing about who writes. */
const PUBLIC_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yandex.ru',
  'ya.ru',
  'yandex.com',
  'mail.ru',
  'inbox.ru',
  'list.ru',
  'bk.ru',
  'rambler.ru',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'icloud.com',
  'me.com',
  'yahoo.com',
  'proton.me',
  'protonmail.com',
]);

export interface Agency {
  addresses: ReadonlySet<string>;
  domains: ReadonlySet<string>;
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);

/** The agency as the app knows it from these addresses (blank ones ignored). */
export function agencyOf(addresses: readonly (string | null | undefined)[]): Agency {
  const known = new Set<string>();
  const domains = new Set<string>();
  for (const raw of addresses) {
    const address = (raw ?? '').trim().toLowerCase();
    if (!address.includes('@')) continue;
    known.add(address);
    const domain = domainOf(address);
    if (!PUBLIC_DOMAINS.has(domain)) domains.add(domain);
  }
  return { addresses: known, domains };
}

/** Whether `address` is someone outside the agency (a client). */
export function isFromOutside(address: string, agency: Agency): boolean {
  const normal = address.trim().toLowerCase();
  if (!normal.includes('@')) return false;
  return !agency.addresses.has(normal) && !agency.domains.has(domainOf(normal));
}
