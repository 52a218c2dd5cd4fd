import type { DocumentState } from '../documents/types';
import { documentId } from '../identity';
import type { ReminderDocument } from './types';

const KINDS: Record<string, ReminderDocument['kind']> = {
  invoice: 'invoice',
  act: 'act',
  contract: 'contract',
};

/** The documents engine's state of a row, as the planner reads it. */
export function toReminderDocument(state: DocumentState): ReminderDocument {
  const record = state.record;
  return {
    id: documentId(state.number, state.counterparty),
    row: state.row + 1,
    kind: (state.type && KINDS[state.type]) ?? 'other',
    number: state.number,
    counterparty: state.counterparty,
    isIncoming: state.isIncoming,
    closed: state.kind === 'paid' || state.kind === 'cancelled' || record.status === 'draft',
    dueDate: state.dueDate,
    outstanding: state.outstanding,
    currency: state.currency,
    clientEmails: state.clientEmails,
    clientEmailInvalid: state.problems.some((problem) => problem.code === 'badEmail'),
    managerEmail: state.managerEmail,
    managerName: record.manager.includes('@') ? '' : record.manager,
    // A dispute (this document's or another of the client's) holds every reminder to the client.
    paused: state.paused || state.disputed === true || state.clientDisputed === true,
    disputed: state.disputed === true,
    ...(record.pausedUntil ? { pausedUntil: record.pausedUntil } : {}),
    clientLang: record.clientLang ?? null,
    escalationEmails: record.escalationEmails ?? [],
    link: record.link ?? null,
    reminderEligible: state.reminderEligible,
    problems: state.problems.filter((problem) => problem.code !== 'badEmail').map((problem) => problem.text),
    originalsMissing: state.originalsMissing,
    renewBy: state.renewBy,
  };
}
