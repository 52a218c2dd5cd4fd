import type { DocumentRecord, DocumentRules } from '../../../src/core/documents/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';

/** An issued incoming invoice of 10 000 ₽ to a client with one valid email; override what a case needs. */
export function invoice(over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    row: 3,
    sheet: 'Документы',
    type: 'invoice',
    typeText: 'счёт',
    number: '101',
    counterparty: 'ООО Ромашка',
    direction: 'incoming',
    contract: 'Д-1',
    date: '2026-11-20',
    amount: 1_000_000,
    currency: 'RUB',
    dueDate: '2026-12-10',
    paidDate: null,
    paidAmount: null,
    status: 'sent',
    originals: null,
    validUntil: null,
    manager: 'Анна',
    managerEmail: 'anna@agency.example',
    clientEmails: ['buh@romashka.example'],
    paused: false,
    problems: [],
    ...over,
  };
}

/** A signed contract (no amount, no due date). */
export function contract(over: Partial<DocumentRecord> = {}): DocumentRecord {
  return invoice({
    type: 'contract',
    typeText: 'договор',
    number: 'Д-1',
    amount: null,
    dueDate: null,
    status: 'signed',
    originals: 'received',
    ...over,
  });
}

export const RULES: DocumentRules = {
  ...DEFAULT_SETTINGS.documents,
  preDueDays: DEFAULT_SETTINGS.reminders.preDueDays,
  overdueRepeatDays: DEFAULT_SETTINGS.reminders.overdueRepeatDays,
};
