/**
 * "May this client be reminded?" has one answer, the documents engine's
 * `reminderEligible`: the planner never plans a client email for a state it
 * marked not eligible, and plans one for every eligible state that is due.
 */
import fc from 'fast-check';
import { evaluateDocument } from '../../../src/core/documents/state';
import type { DocumentRecord, DocumentState } from '../../../src/core/documents/types';
import { toReminderDocument } from '../../../src/core/reminders/fromDocuments';
import { invoice, RULES } from '../documents/records';
import { clientMessages, plan } from './planFixture';

// Tuesday; the invoices fall due on Thursday 2026-12-10 unless a case says otherwise.
const TODAY = '2026-12-08';

function stateOf(record: DocumentRecord): DocumentState {
  return evaluateDocument(record, { today: TODAY, rules: RULES, lang: 'ru' });
}

function clientReminders(states: readonly DocumentState[]) {
  return clientMessages(plan(TODAY, states.map(toReminderDocument)));
}

describe('the planner reminds exactly the documents the engine marks eligible', () => {
  it.each<[string, Partial<DocumentRecord>]>([
    ['marked paid with part of the amount still open', { status: 'paid', paidAmount: 400_000 }],
    [
      'marked paid and overdue with part still open',
      { status: 'paid', paidAmount: 400_000, dueDate: '2026-12-01' },
    ],
  ])('does not remind an invoice %s', (_name, over) => {
    const state = stateOf(invoice(over));
    expect(state.reminderEligible).toBe(false);
    expect(clientReminders([state])).toEqual([]);
  });

  it('reminds an issued invoice due in two days', () => {
    const state = stateOf(invoice());
    expect(state.reminderEligible).toBe(true);
    expect(clientReminders([state]).map((message) => message.to)).toEqual([['buh@romashka.example']]);
  });

  it('never plans a client email for an incoming invoice marked not eligible (any row)', () => {
    const record: fc.Arbitrary<Partial<DocumentRecord>> = fc.record({
      status: fc.constantFrom<DocumentRecord['status']>('draft', 'sent', 'signed', 'paid', 'cancelled', null),
      amount: fc.constantFrom(null, 0, 1_000_000),
      paidAmount: fc.constantFrom(null, 0, 400_000, 1_000_000, 1_500_000),
      dueDate: fc.option(
        fc.constantFrom('2026-11-01', '2026-12-01', '2026-12-08', '2026-12-10', '2026-12-31'),
      ),
      paused: fc.boolean(),
      clientEmails: fc.constantFrom<string[]>([], ['buh@romashka.example']),
    });
    fc.assert(
      fc.property(record, (over) => {
        const state = stateOf(invoice(over));
        const planned = clientReminders([state]).length > 0;
        return !planned || state.reminderEligible;
      }),
      { numRuns: 2000 },
    );
  });
});
