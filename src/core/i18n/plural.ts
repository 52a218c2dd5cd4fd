/**
 * The one plural mechanism: a counted noun is a catalog entry with Russian
 * forms `{ one, few, many }` (1 день, 2 дня, 5 дней) and English forms
 * `{ one, other }`; this file only picks the form for a number.
 */
import type { Lang } from '../types';
import * as counts from './messages/counts';
import type { CountedNoun } from './messages/counts';
import { fill } from './translate';

export interface RussianForms {
  readonly one: string;
  readonly few: string;
  readonly many: string;
}

export interface EnglishForms {
  readonly one: string;
  readonly other: string;
}

export type RussianForm = keyof RussianForms;
export type EnglishForm = keyof EnglishForms;

/**
 * The CLDR rule written out (1, 21 → one; 2–4, 22–24 → few; 0, 5–20, 25 → many). A fraction
 * takes the genitive singular (1,5 дня), which is the `few` form.
 */
function russianRule(n: number): RussianForm {
  if (!Number.isInteger(n)) return 'few';
  const abs = Math.abs(n);
  const mod10 = abs % 10;
  const mod100 = abs % 100;
  if (mod10 === 1 && mod100 !== 11) return 'one';
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few';
  return 'many';
}

function englishRule(n: number): EnglishForm {
  return n === 1 || n === -1 ? 'one' : 'other';
}

/**
 * `Intl.PluralRules` of the engine, when it has the language's data: Google's V8 runtime guide
 * (https://developers.google.com/apps-script/guides/v8-runtime) says nothing of `Intl` locale
 * data, so the engine's rules are used only when they resolve to the language asked for, and
 * the written-out rules (identical for every count, a unit test checks) stand in otherwise.
 */
const engineRules = new Map<Lang, Intl.PluralRules | null>();

function rulesOf(lang: Lang): Intl.PluralRules | null {
  if (!engineRules.has(lang)) {
    const available =
      typeof Intl === 'object' &&
      typeof Intl.PluralRules === 'function' &&
      Intl.PluralRules.supportedLocalesOf([lang]).length > 0;
    engineRules.set(lang, available ? new Intl.PluralRules(lang) : null);
  }
  return engineRules.get(lang) ?? null;
}

/** The Russian form for `n`, by the engine's rules when it has them, else by the written-out rule. */
export function russianForm(n: number, engine: Intl.PluralRules | null = rulesOf('ru')): RussianForm {
  if (!engine) return russianRule(n);
  const category = engine.select(n);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'few';
}

/** The English form for `n`, by the engine's rules when it has them, else by the written-out rule. */
export function englishForm(n: number, engine: Intl.PluralRules | null = rulesOf('en')): EnglishForm {
  if (!engine) return englishRule(n);
  return engine.select(n) === 'one' ? 'one' : 'other';
}

/** `counted('ru', 'days', 3)` → `3 дня`; `counted('en', 'days', 1)` → `1 day`. */
export function counted(lang: Lang, noun: CountedNoun, n: number): string {
  const template = lang === 'ru' ? counts.ru[noun][russianForm(n)] : counts.en[noun][englishForm(n)];
  return fill(template, { count: n });
}
