/** One address as a form accepts it: something@domain.tld, no spaces, no display name. */
export function isEmail(value: string): boolean {
  return /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/.test(value) && value.length <= 254;
}
