/**
 * Translation without any catalog: a translator is built from the catalogs a
 * caller chooses. The server's `t` uses all of them; a sidebar bundle or a
 * cell parser uses only its own, so a page does not ship every feature's text.
 *
 * The Russian templates are the source, declared `as const`, so their
 * `{placeholder}` names are known to the compiler: a call with a known key
 * that leaves one of them out does not compile, and neither does an English
 * template with a placeholder its Russian template lacks
 * (`EnglishPlaceholdersCheck`).
 */
import type { Lang } from '../types';

export type MessageParams = Readonly<Record<string, string | number>>;

/** One feature's catalog: Russian is the source, English has the same keys. */
export interface Catalog {
  readonly ru: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** The keys of a catalog (or of a union of catalogs). */
export type KeysOf<C> = C extends { ru: infer R } ? Extract<keyof R, string> : never;

/** `'Лист «{sheet}»: {count}'` → `'sheet' | 'count'`. */
export type PlaceholdersOf<T> = T extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** The Russian template of `K` in a union of catalogs (a union of templates for a union of keys). */
export type TemplateOf<C, K extends string> = C extends { ru: infer R }
  ? K extends keyof R
    ? R[K]
    : never
  : never;

/**
 * What follows the key: the params its Russian template names, each one required; none for a
 * template without placeholders. For a key that may be any of several, every name any of them uses.
 */
export type ParamsArgs<T> = [PlaceholdersOf<T>] extends [never]
  ? [params?: MessageParams]
  : [params: { readonly [Name in PlaceholdersOf<T>]: string | number } & MessageParams];

/** `true` for a union of two or more types. */
type IsUnion<T, All = T> = T extends unknown ? ([All] extends [T] ? false : true) : never;

/**
 * The params of key `K`: checked against its Russian template when the key is one known key; a
 * key computed at run time (`documents.problem.${code}`) may be any of several templates, so its
 * params are only required to be params.
 */
export type ParamsOfKey<C, K extends string> =
  true extends IsUnion<K> ? [params?: MessageParams] : ParamsArgs<TemplateOf<C, K>>;

/** A `t` over these catalogs. */
export type Translate<C> = <K extends KeysOf<C>>(lang: Lang, key: K, ...params: ParamsOfKey<C, K>) => string;

/** The keys whose English template names a placeholder its Russian template lacks. */
export type EnglishOnlyPlaceholders<C> = C extends { ru: infer R; en: infer E }
  ? {
      [K in Extract<keyof R, keyof E>]: [Exclude<PlaceholdersOf<E[K]>, PlaceholdersOf<R[K]>>] extends [never]
        ? never
        : K;
    }[Extract<keyof R, keyof E>]
  : never;

/** `true` when no English template uses a placeholder of its own; else names the offending keys. */
export type EnglishPlaceholdersCheck<C> = [EnglishOnlyPlaceholders<C>] extends [never]
  ? true
  : { readonly englishTemplateUsesPlaceholderRussianLacks: EnglishOnlyPlaceholders<C> };

/**
 * A template cut once at its placeholders: text at even indexes, placeholder names at odd ones.
 * The catalogs are a few hundred templates, asked for thousands of times a run.
 */
const compiled = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    // Texts built at run time (a key that is no template) are not kept: the cache stays the catalogs' size.
    if (compiled.size < 4096) compiled.set(template, parts);
  }
  return parts;
}

/** Fills `{name}` placeholders; a placeholder without a param stays visible rather than vanishing. */
export function fill(template: string, params: MessageParams = {}): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`;
    text += parts[i + 1];
  }
  return text;
}

/** A `t` over exactly these catalogs: a missing English text falls back to Russian, then to the key. */
export function translator<const C extends readonly Catalog[]>(catalogs: C): Translate<C[number]> {
  const merged: Record<Lang, Record<string, string>> = { ru: {}, en: {} };
  for (const catalog of catalogs) {
    Object.assign(merged.ru, catalog.ru);
    Object.assign(merged.en, catalog.en);
  }
  return (lang, key, ...[params]) => fill(merged[lang][key] ?? merged.ru[key] ?? key, params);
}
