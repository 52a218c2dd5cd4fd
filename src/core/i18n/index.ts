/**
 * The one i18n module. Each feature keeps its text in `messages/<feature>.ts`
 * as `ru` (the source) and `en` (typed to have exactly the same keys); this
 * file merges them for the server. A message may be a template with `{name}`
 * placeholders. Code that ships to a sidebar builds its own translator from
 * the few catalogs it needs (`./translate`), never imports this file.
 */
import type { Lang } from '../types';
import * as cells from './messages/cells';
import * as common from './messages/common';
import * as diagnostics from './messages/diagnostics';
import * as digests from './messages/digests';
import * as documents from './messages/documents';
import * as escalation from './messages/escalation';
import * as gmail from './messages/gmail';
import * as load from './messages/load';
import * as limits from './messages/limits';
import * as local from './messages/local';
import * as registers from './messages/registers';
import * as reminders from './messages/reminders';
import * as rules from './messages/rules';
import * as schedule from './messages/schedule';
import * as sending from './messages/sending';
import * as setup from './messages/setup';
import * as sheets from './messages/sheets';
import * as tables from './messages/tables';
import * as ui from './messages/ui';
import {
  type EnglishPlaceholdersCheck,
  type KeysOf,
  type MessageParams,
  type ParamsOfKey,
  translator,
} from './translate';

const catalogs = [
  common,
  cells,
  registers,
  documents,
  reminders,
  schedule,
  sending,
  ui,
  load,
  local,
  setup,
  tables,
  limits,
  diagnostics,
  rules,
  digests,
  sheets,
  escalation,
  gmail,
] as const;

type Catalogs = (typeof catalogs)[number];

/** Every key of every feature's catalog. */
export type MessageKey = KeysOf<Catalogs>;
export type { MessageParams };

/** What `t` takes after `key`: the params its Russian template names (nothing when it names none). */
export type ParamsFor<K extends MessageKey> = ParamsOfKey<Catalogs, K>;

/** Fails to compile, naming the key, when an English template uses a placeholder its Russian one lacks. */
type Checked<T extends true> = T;
export type _EnglishPlaceholdersAreRussian = Checked<EnglishPlaceholdersCheck<Catalogs>>;

const translate = translator(catalogs);

/** The message for `key` in `lang`, with `{param}` placeholders filled in. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...params: ParamsFor<K>): string {
  return translate(lang, key, ...params);
}

/** Russian unless the spreadsheet locale says otherwise (`ru`, `ru_RU`, `be_BY`…). */
export function langFromLocale(locale: string | null | undefined): Lang {
  const code = (locale ?? '').toLowerCase().split(/[_-]/)[0];
  if (code === '' || code === 'ru' || code === 'be' || code === 'kk' || code === 'uk') return 'ru';
  return 'en';
}

export { counted } from './plural';
export type { CountedNoun } from './messages/counts';
