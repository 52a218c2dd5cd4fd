/**
 * The one i18n module. Each feature keeps its text in `messages/<feature>.ts`
 * as `ru` (the source) and `en` (typed to have exactly the same keys); this
 * file merges them. A message may be a template with `{name}` placeholders.
 */
import type { Lang } from '../types';
import * as cells from './messages/cells';
import * as common from './messages/common';
import * as documents from './messages/documents';
import * as load from './messages/load';
import * as local from './messages/local';
import * as registers from './messages/registers';
import * as reminders from './messages/reminders';
import * as ui from './messages/ui';

const catalogs = [common, cells, registers, documents, reminders, ui, load, local] as const;

type KeysOf<C> = C extends { ru: infer R } ? Extract<keyof R, string> : never;
/** Every key of every feature's catalog. */
export type MessageKey = KeysOf<(typeof catalogs)[number]>;
export type MessageParams = Record<string, string | number>;

const merged: Record<Lang, Record<string, string>> = { ru: {}, en: {} };
for (const catalog of catalogs) {
  Object.assign(merged.ru, catalog.ru);
  Object.assign(merged.en, catalog.en);
}

/** The message for `key` in `lang`, with `{param}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = merged[lang][key] ?? merged.ru[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Russian unless the spreadsheet locale says otherwise (`ru`, `ru_RU`, `be_BY`…). */
export function langFromLocale(locale: string | null | undefined): Lang {
  const code = (locale ?? '').toLowerCase().split(/[_-]/)[0];
  if (code === '' || code === 'ru' || code === 'be' || code === 'kk' || code === 'uk') return 'ru';
  return 'en';
}

export { countDays, pluralEn, pluralRu } from './plural';
