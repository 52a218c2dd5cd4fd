/** Plain planner inputs for the core tests: one open invoice, the default settings, a day's plan. */
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { documentId } from '../../../src/core/identity';
import { planDay, type PlanInput } from '../../../src/core/reminders/plan';
import { readTemplates } from '../../../src/core/reminders/templates';
import type { ReminderDocument } from '../../../src/core/reminders/types';
/** Eligible as the documents engine decides it: an open incoming debt with a usable address and no problem. */
function eligible(doc: Omit<ReminderDocument, 'reminderEligible'>): boolean {
  return (
    doc.isIncoming &&
    !doc.closed &&
    doc.outstanding > 0 &&
    doc.dueDate !== null &&
    !doc.paused &&
    doc.clientEmails.length > 0 &&
    !doc.clientEmailInvalid &&
    doc.problems.length === 0
  );
}

export function invoice(overrides: Partial<ReminderDocument> = {}): ReminderDocument {
  const number = overrides.number ?? '12';
  const counterparty = overrides.counterparty ?? 'ООО Ромашка';
  const doc: Omit<ReminderDocument, 'reminderEligible'> = {
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
    ...overrides,
  };
  return { ...doc, reminderEligible: overrides.reminderEligible ?? eligible(doc) };
}

export function settings(patch: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    headEmail: 'head@agency.ru',
    senderName: 'Агентство',
    ...patch,
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
export const itemKeysOf = (p: ReturnType<typeof plan>) =>
  clientMessages(p).flatMap((m) => m.items.map((i) => i.key));
