/** An open incoming invoice as the planner reads it, and a day's plan of some of them, for the rules' table tests. */
import { documentId } from '../../../src/core/identity';
import { planDay, type PlanInput } from '../../../src/core/reminders/plan';
import { readTemplates } from '../../../src/core/reminders/templates';
import type { ReminderDocument } from '../../../src/core/reminders/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';

/** Invoice № 12 of ООО Ромашка, 10 000 ₽, due Tuesday 01.12.2026, eligible unless paused or told otherwise. */
export function invoice(overrides: Partial<ReminderDocument> = {}): ReminderDocument {
  const number = overrides.number ?? '12';
  const counterparty = overrides.counterparty ?? 'ООО Ромашка';
  return {
    id: documentId(number, counterparty),
    row: 2,
    kind: 'invoice',
    number,
    counterparty,
    isIncoming: true,
    closed: false,
    dueDate: '2026-12-01',
    outstanding: 1_000_000,
    currency: 'RUB',
    clientEmails: ['buh@romashka.ru'],
    clientEmailInvalid: false,
    managerEmail: 'anna@agency.ru',
    managerName: 'Анна',
    paused: false,
    problems: [],
    originalsMissing: false,
    renewBy: null,
    reminderEligible: !overrides.paused && (overrides.problems ?? []).length === 0,
    ...overrides,
  };
}

export function settings(patch: Partial<Settings['documents']> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    headEmail: 'head@agency.ru',
    senderName: 'Агентство',
    documents: { ...DEFAULT_SETTINGS.documents, ...patch },
  };
}

export function plan(today: string, documents: ReminderDocument[], extra: Partial<PlanInput> = {}) {
  return planDay({
    today,
    lang: 'ru',
    clientLang: 'ru',
    settings: settings(),
    documents,
    load: null,
    done: new Set(),
    interrupted: [],
    templates: readTemplates(null),
    quota: 100,
    daily: true,
    weekly: false,
    ...extra,
  });
}

export const clientMessages = (p: ReturnType<typeof plan>) => p.messages.filter((m) => m.kind === 'client');
