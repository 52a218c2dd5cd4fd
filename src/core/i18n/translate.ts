/**
 * Translation without any catalog: a translator is built from the catalogs a
 * caller chooses. The server's `t` uses all of them; a sidebar bundle or a
 * cell parser uses only its own, so a page does not ship every feature's text.
 */
import type { Lang } from '../types';

export type MessageParams = Record<string, string | number>;

/** One feature's catalog: Russian is the source, English has the same keys. */
export interface Catalog {
  readonly ru: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

/** The keys of a catalog (or of a union of catalogs). */
export type KeysOf<C> = C extends { ru: infer R } ? Extract<keyof R, string> : never;

export type Translate<K extends string> = (lang: Lang, key: K, params?: MessageParams) => string;

/** Fills `{name}` placeholders; a placeholder without a param stays visible rather than vanishing. */
export function fill(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A `t` over exactly these catalogs: a missing English text falls back to Russian, then to the key. */
export function translator<const C extends readonly Catalog[]>(catalogs: C): Translate<KeysOf<C[number]>> {
  const merged: Record<Lang, Record<string, string>> = { ru: {}, en: {} };
  for (const catalog of catalogs) {
    Object.assign(merged.ru, catalog.ru);
    Object.assign(merged.en, catalog.en);
  }
  return (lang, key, params = {}) => fill(merged[lang][key] ?? merged.ru[key] ?? key, params);
}
