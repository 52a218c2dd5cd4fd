import type { Lang } from '../types';

/** Russian plural forms: 1 день, 2 дня, 5 дней, 11 дней, 21 день. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(Math.trunc(n));
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}

export function pluralEn(n: number, one: string, other: string): string {
  return Math.abs(n) === 1 ? one : other;
}

/** `days(ru, 3)` → `3 дня`; `days(en, 1)` → `1 day`. */
export function countDays(lang: Lang, n: number): string {
  return lang === 'ru' ? `${n} ${pluralRu(n, 'день', 'дня', 'дней')}` : `${n} ${pluralEn(n, 'day', 'days')}`;
}
