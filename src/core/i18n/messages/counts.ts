/**
 * Counted nouns, the one place plural forms live: `{count}` is the number.
 * Russian has `one` (1, 21), `few` (2–4, 22–24) and `many` (0, 5–20, 25);
 * English has `one` and `other`. `counted(lang, noun, n)` picks the form.
 */
import type { EnglishForms, RussianForms } from '../plural';

export const ru = {
  days: { one: '{count} день', few: '{count} дня', many: '{count} дней' },
  documents: { one: '{count} документ', few: '{count} документа', many: '{count} документов' },
  problems: { one: '{count} проблема', few: '{count} проблемы', many: '{count} проблем' },
  dataProblems: {
    one: '{count} проблема в данных',
    few: '{count} проблемы в данных',
    many: '{count} проблем в данных',
  },
  people: { one: '{count} сотрудник', few: '{count} сотрудника', many: '{count} сотрудников' },
  weeks: { one: '{count} неделя', few: '{count} недели', many: '{count} недель' },
  workingDays: { one: '{count} раб. день', few: '{count} раб. дня', many: '{count} раб. дней' },
  invoices: { one: '{count} счёт', few: '{count} счёта', many: '{count} счетов' },
  contracts: { one: '{count} договор', few: '{count} договора', many: '{count} договоров' },
  emails: { one: '{count} письмо', few: '{count} письма', many: '{count} писем' },
  roles: { one: '{count} роль', few: '{count} роли', many: '{count} ролей' },
} as const satisfies Record<string, RussianForms>;

export const en = {
  days: { one: '{count} day', other: '{count} days' },
  documents: { one: '{count} document', other: '{count} documents' },
  problems: { one: '{count} problem', other: '{count} problems' },
  dataProblems: { one: '{count} data problem', other: '{count} data problems' },
  people: { one: '{count} person', other: '{count} people' },
  weeks: { one: '{count} week', other: '{count} weeks' },
  workingDays: { one: '{count} working day', other: '{count} working days' },
  invoices: { one: '{count} invoice', other: '{count} invoices' },
  contracts: { one: '{count} contract', other: '{count} contracts' },
  emails: { one: '{count} email', other: '{count} emails' },
  roles: { one: '{count} role', other: '{count} roles' },
} as const satisfies Record<keyof typeof ru, EnglishForms>;

export type CountedNoun = keyof typeof ru;
