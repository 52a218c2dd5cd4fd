/**
 * The escalation ladder (issue 18, item 4): from day N overdue (setting, 14) the client's reminder
 * copies the escalation contact of the Клиенты directory in a firmer template; at STOP the alert
 * stays internal and the formal "work paused" letter is only offered, for the AM to send by hand.
 */
import { documentId } from '../../../src/core/identity';
import { reminderStages } from '../../../src/core/documents/nextReminder';
import { clientMessages, invoice, plan, settings } from './fixture';

const id = documentId('12', 'ООО Ромашка');
const withContact = (overrides = {}) => invoice({ escalationEmails: ['director@romashka.ru'], ...overrides });
const RULES = { preDueDays: 3, overdueRepeatDays: 7, stopDays: 30, sendOnWeekends: true };

describe('the ladder of stages (due 01.12.2026, repeat 7, STOP 30)', () => {
  it('escalates on day 14 and repeats weekly from it', () => {
    const stages = reminderStages('2026-12-01', { ...RULES, escalationDays: 14 });
    expect(stages.map((s) => [s.daysAfterDue, s.escalated])).toEqual([
      [-3, false],
      [1, false],
      [8, false],
      [14, true],
      [21, true],
      [28, true],
    ]);
  });

  it.each([0, 30, 45])('never escalates with escalationDays %p (0 or from STOP on)', (escalationDays) => {
    const stages = reminderStages('2026-12-01', { ...RULES, escalationDays });
    expect(stages.map((s) => s.daysAfterDue)).toEqual([-3, 1, 8, 15, 22, 29]);
    expect(stages.some((s) => s.escalated)).toBe(false);
  });
});

describe('the client reminder from the escalation day', () => {
  it('day 8 is a plain overdue reminder: the AM in copy, not the escalation contact', () => {
    const [message] = clientMessages(plan('2026-12-09', [withContact()]));
    expect(message.template).toBe('client.overdue');
    expect(message.cc).toEqual(['anna@agency.ru']);
  });

  it('day 14 copies the second contact and uses the firmer template', () => {
    const p = plan('2026-12-15', [withContact()], { done: new Set([`overdue:${id}:stage2`]) });
    const [message] = clientMessages(p);
    expect(message.to).toEqual(['buh@romashka.ru']);
    expect(message.cc).toEqual(['director@romashka.ru', 'anna@agency.ru']);
    expect(message.template).toBe('client.escalation');
    expect(message.subject).toBe('Просроченная оплата: требуется ваше внимание — ООО Ромашка');
    expect(message.body).toContain('просрочен на 14 дней');
    expect(message.body).toContain('приостановить работы');
    expect(message.items.map((item) => item.key)).toEqual([`overdue:${id}:stage3`]);
  });

  it('a missed run catches up with the escalation once, then the weekly repeats stay escalated', () => {
    const done = new Set([`overdue:${id}:stage2`]);
    expect(clientMessages(plan('2026-12-17', [withContact()], { done }))[0].template).toBe(
      'client.escalation',
    );
    done.add(`overdue:${id}:stage3`);
    expect(clientMessages(plan('2026-12-18', [withContact()], { done }))).toEqual([]);
    const [repeat] = clientMessages(plan('2026-12-22', [withContact()], { done }));
    expect([repeat.template, repeat.cc]).toEqual([
      'client.escalation',
      ['director@romashka.ru', 'anna@agency.ru'],
    ]);
  });

  it('a client without an escalation contact still gets the firmer template, the AM alone in copy', () => {
    const [message] = clientMessages(plan('2026-12-15', [invoice()]));
    expect([message.template, message.cc]).toEqual(['client.escalation', ['anna@agency.ru']]);
  });

  it('escalates the whole email when its oldest invoice is on the ladder, copying the contact once', () => {
    const older = withContact({ number: '12', dueDate: '2026-12-01' });
    const newer = withContact({ number: '15', dueDate: '2026-12-14' });
    const [message] = clientMessages(plan('2026-12-15', [older, newer]));
    expect(message.template).toBe('client.escalation');
    expect(message.cc).toEqual(['director@romashka.ru', 'anna@agency.ru']);
  });

  it('with the setting at 0 nothing escalates: day 15 is a plain repeat', () => {
    const p = plan('2026-12-16', [withContact()], { settings: settings({ escalationDays: 0 }) });
    const [message] = clientMessages(p);
    expect([message.template, message.cc]).toEqual(['client.overdue', ['anna@agency.ru']]);
  });

  it('an escalation contact that is the client address itself is not copied twice', () => {
    const [message] = clientMessages(
      plan('2026-12-15', [invoice({ escalationEmails: ['BUH@romashka.ru'] })]),
    );
    expect(message.cc).toEqual(['anna@agency.ru']);
  });
});

describe('at STOP (day 30 = Thursday 10.12.2026 for an invoice due 10.11.2026)', () => {
  const stopped = withContact({ dueDate: '2026-11-10' });

  it('the alert goes to the AM and the head only; the client gets nothing by itself', () => {
    const p = plan('2026-12-10', [stopped]);
    expect(p.messages.map((m) => [m.kind, m.to])).toEqual([
      ['stop', ['anna@agency.ru', 'head@agency.ru']],
      ['digest.am', ['anna@agency.ru']],
    ]);
  });

  it('offers the "work paused" letter, to the client with the escalation contact and the AM in copy', () => {
    const [letter] = plan('2026-12-10', [stopped]).letters ?? [];
    expect(letter).toMatchObject({
      kind: 'letter',
      to: ['buh@romashka.ru'],
      cc: ['director@romashka.ru', 'anna@agency.ru'],
      replyTo: 'anna@agency.ru',
      template: 'client.workPaused',
      status: 'ready',
      subject: 'Приостановка работ до оплаты — ООО Ромашка',
    });
    expect(letter.key).toBe('letter:buh@romashka.ru:2026-12-10');
    expect(letter.items.map((item) => item.key)).toEqual([`workpaused:${id}`]);
    expect(letter.body).toContain('дольше 30 дней');
  });

  it('is offered until sent, then never again', () => {
    expect(plan('2026-12-14', [stopped]).letters).toHaveLength(1);
    expect(plan('2026-12-14', [stopped], { done: new Set([`workpaused:${id}`]) }).letters).toEqual([]);
  });

  it('is offered in the client’s language', () => {
    const [letter] =
      plan('2026-12-10', [withContact({ dueDate: '2026-11-10', clientLang: 'en' })]).letters ?? [];
    expect(letter.subject).toBe('Work paused until payment — ООО Ромашка');
    expect(letter.items[0].text).toMatch(/^Invoice No\. 12/);
  });

  it('is not offered for a row the client cannot be written to, nor on a non-working day', () => {
    expect(plan('2026-12-10', [{ ...stopped, clientEmails: [], clientEmailInvalid: true }]).letters).toEqual(
      [],
    );
    expect(plan('2026-12-12', [stopped]).letters).toBeUndefined();
  });

  it('waits for the quota when today has fewer recipients left than it has', () => {
    const [letter] = plan('2026-12-10', [stopped], { quota: 2 }).letters ?? [];
    expect(letter.status).toBe('quota');
  });
});
