/** The CommonJS entry of the `punycode` package (RFC 3492), which ships no typings of its own. */
declare module 'punycode/punycode.js' {
  /** `пример.рф` → `xn--e1afmkfd.xn--p1ai`; ASCII labels are left as they are. */
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}
