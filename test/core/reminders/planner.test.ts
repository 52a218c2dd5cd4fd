import { documentId } from '../../../src/core/identity';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { readTemplates } from '../../../src/core/reminders/templates';
import type { LoadSummary, PersonLoad, PersonWeek } from '../../../src/core/load/types';
import { clientMessages, invoice, itemKeysOf, plan, settings } from './planFixture';

const id = documentId('12', 'ООО Ромашка');

describe('client reminder stages (due Tue 2026-12-01, pre-due 3 days, repeat 7, escalation 14, STOP 30)', () => {
  it.each([
    ['2026-11-27', [], 'four days before due: nothing yet'],
    ['2026-11-28', [], 'the pre-due day is a Saturday: nothing on the weekend'],
    ['2026-11-30', [`predue:${id}`], 'Monday catches up the Saturday pre-due note'],
    ['2026-12-01', [`predue:${id}`], 'due day still in the pre-due window'],
    ['2026-12-02', [`overdue:${id}:stage1`], 'day 1 after due'],
    ['2026-12-08', [`overdue:${id}:stage1`], 'day 7 is still stage 1'],
    ['2026-12-09', [`overdue:${id}:stage2`], 'day 8 starts stage 2'],
    ['2026-12-15', [`overdue:${id}:stage3`], 'day 14 escalates: stage 3'],
    ['2026-12-29', [`overdue:${id}:stage5`], 'day 28 is the last client reminder'],
    ['2026-12-30', [`overdue:${id}:stage5`], 'day 29 is still stage 5'],
    ['2026-12-31', [], 'day 30 is STOP: no more client email'],
  ])('on %s plans %j (%s)', (today, expected) => {
    expect(itemKeysOf(plan(today, [invoice()]))).toEqual(expected);
  });

  it('after three missed days sends one message with the latest stage only', () => {
    // Runs on 12-08..12-10 were missed; stage 1 was sent on 12-02.
    const p = plan('2026-12-11', [invoice()], { done: new Set([`overdue:${id}:stage1`]) });
    expect(clientMessages(p)).toHaveLength(1);
    expect(itemKeysOf(p)).toEqual([`overdue:${id}:stage2`]);
  });

  it('sends nothing for a stage whose key is already in the log', () => {
    const p = plan('2026-12-10', [invoice()], { done: new Set([`overdue:${id}:stage2`]) });
    expect(clientMessages(p)).toEqual([]);
  });

  it('sends nothing at all on Saturday and Sunday when weekend sending is off', () => {
    for (const day of ['2026-12-05', '2026-12-06'])
      expect(plan(day, [invoice()])).toEqual({ weekend: true, resumesOn: '2026-12-07', messages: [] });
  });

  it('sends on a Saturday when weekend sending is on', () => {
    const on = settings({ reminders: { ...DEFAULT_SETTINGS.reminders, sendOnWeekends: true } });
    expect(itemKeysOf(plan('2026-11-28', [invoice()], { settings: on }))).toEqual([`predue:${id}`]);
  });
});

describe('grouping', () => {
  it('groups a pre-due and an overdue invoice of one client into one reminder', () => {
    const p = plan('2026-12-03', [
      invoice({ number: '12', dueDate: '2026-11-20' }),
      invoice({ number: '15', dueDate: '2026-12-05' }),
    ]);
    const messages = clientMessages(p);
    expect(messages).toHaveLength(1);
    expect(messages[0].template).toBe('client.overdue');
    expect(messages[0].items.map((i) => i.key)).toEqual([
      `overdue:${documentId('12', 'ООО Ромашка')}:stage2`,
      `predue:${documentId('15', 'ООО Ромашка')}`,
    ]);
    expect(messages[0].body).toContain('Счёт № 12');
    expect(messages[0].body).toContain('Счёт № 15');
  });

  it('sends one email to every address of one cell, with the AM in cc and reply-to', () => {
    const p = plan('2026-12-02', [invoice({ clientEmails: ['a@client.ru', 'b@client.ru'] })]);
    const [message] = clientMessages(p);
    expect(message.to).toEqual(['a@client.ru', 'b@client.ru']);
    expect(message.cc).toEqual(['anna@agency.ru']);
    expect(message.replyTo).toBe('anna@agency.ru');
  });

  it('sends separate emails to two clients', () => {
    const p = plan('2026-12-02', [
      invoice(),
      invoice({ number: '7', counterparty: 'ИП Петров', clientEmails: ['petrov@mail.ru'] }),
    ]);
    expect(clientMessages(p).map((m) => m.to)).toEqual([['buh@romashka.ru'], ['petrov@mail.ru']]);
  });
});

describe('rows that never produce client email go to the AM digest', () => {
  it.each([
    ['paused', { paused: true }, 'пауза'],
    ['invalid email', { clientEmailInvalid: true, clientEmails: [] }, 'неверный email'],
    ['no email', { clientEmails: [] }, 'неверный email'],
    ['data problem', { problems: ['F2: «двадцать» — не число'] }, 'двадцать'],
  ])('%s', (_name, patch, digestText) => {
    const p = plan('2026-12-02', [invoice(patch)]);
    expect(clientMessages(p)).toEqual([]);
    const digest = p.messages.find((m) => m.kind === 'digest.am');
    expect(digest?.to).toEqual(['anna@agency.ru']);
    expect(digest?.body).toContain(digestText);
  });

  it.each([
    ['outgoing', { isIncoming: false }],
    ['paid', { closed: true }],
  ])('%s invoices get neither a client email nor a digest line', (_name, patch) => {
    expect(plan('2026-12-02', [invoice(patch)]).messages).toEqual([]);
  });
});

describe('STOP, renewals and digests', () => {
  it('alerts the AM and the head once at 30 days overdue, on the first working day', () => {
    // Day 30 is 31.12.2026, a day off, and the January holidays follow: the alert waits for 11.01.2027.
    expect(plan('2026-12-31', [invoice()])).toEqual({ weekend: true, resumesOn: '2027-01-11', messages: [] });
    expect(plan('2027-01-04', [invoice()]).messages).toEqual([]);
    const first = plan('2027-01-11', [invoice()]);
    const stop = first.messages.filter((m) => m.kind === 'stop');
    expect(stop).toHaveLength(1);
    expect(stop[0].to).toEqual(['anna@agency.ru', 'head@agency.ru']);
    expect(stop[0].subject).toContain('СТОП');
    const again = plan('2027-01-12', [invoice()], { done: new Set([`stop:${id}`]) });
    expect(again.messages.filter((m) => m.kind === 'stop')).toEqual([]);
  });

  it('tells the AM once about a contract to renew', () => {
    const contract = invoice({ kind: 'contract', number: 'Д-1', outstanding: 0, renewBy: '2026-12-31' });
    const p = plan('2026-12-02', [contract]);
    expect(p.messages.filter((m) => m.kind === 'renewal').map((m) => m.to)).toEqual([['anna@agency.ru']]);
    const key = `renewal:${documentId('Д-1', 'ООО Ромашка')}:2026-12-31`;
    expect(plan('2026-12-03', [contract], { done: new Set([key]) }).messages.map((m) => m.kind)).toEqual([
      'digest.am',
    ]);
  });

  it('sends an AM digest only when it has items', () => {
    expect(plan('2026-11-20', [invoice()]).messages).toEqual([]);
    const p = plan('2026-12-02', [invoice()]);
    expect(p.messages.map((m) => m.kind)).toEqual(['client', 'digest.am']);
  });

  it('sends the accounting digest once a week on its weekday, listing incoming and outgoing', () => {
    const s = settings({ accountantEmail: 'buh@agency.ru' });
    const docs = [
      invoice({ dueDate: '2026-12-10' }),
      invoice({ number: 'П-3', counterparty: 'Подрядчик', isIncoming: false, dueDate: '2026-12-15' }),
    ];
    const monday = plan('2026-12-07', docs, { settings: s });
    const digest = monday.messages.find((m) => m.kind === 'digest.accounting');
    expect(digest?.body).toContain('Ожидаем оплату на этой неделе — 1 счёт на');
    expect(digest?.body).toContain('• ООО Ромашка — Счёт № 12');
    expect(digest?.body).toContain('Оплатить подрядчикам — 1 счёт на');
    expect(digest?.body).toContain('• Подрядчик Подрядчик — Счёт № П-3');
    const tuesday = plan('2026-12-08', docs, { settings: s, done: new Set([digest!.key]) });
    expect(tuesday.messages.filter((m) => m.kind === 'digest.accounting')).toEqual([]);
  });
});

describe('quota', () => {
  it('sends STOP alerts, then client reminders, then digests; what does not fit waits and is said', () => {
    const docs = [
      invoice({ number: '1', counterparty: 'А', clientEmails: ['a@x.ru'], dueDate: '2026-11-01' }),
      invoice({ number: '2', counterparty: 'Б', clientEmails: ['b@x.ru'] }),
      invoice({ number: '3', counterparty: 'В', clientEmails: ['c@x.ru'] }),
    ];
    // STOP costs 2 (AM + head), each client email 2 (client + AM in cc), the AM digest 1.
    const p = plan('2026-12-02', docs, { quota: 5 });
    expect(p.messages.map((m) => [m.kind, m.status])).toEqual([
      ['stop', 'ready'],
      ['client', 'ready'],
      ['client', 'quota'],
      ['digest.am', 'ready'],
    ]);
    const digest = p.messages[3];
    expect(digest.body).toContain('Не отправлено из-за дневной квоты');
    expect(digest.body).toContain('c@x.ru');
  });

  it('keeps one recipient of the quota for each AM digest, so the AM hears what waited', () => {
    const docs = [1, 2, 3].map((n) =>
      invoice({ number: String(n), counterparty: `К${n}`, clientEmails: [`c${n}@x.ru`] }),
    );
    const p = plan('2026-12-02', docs, { quota: 2 });
    expect(p.messages.map((m) => [m.kind, m.status])).toEqual([
      ['client', 'quota'],
      ['client', 'quota'],
      ['client', 'quota'],
      ['digest.am', 'ready'],
    ]);
    expect(p.messages[3].body.match(/дневной квоты/g)).toHaveLength(3);
  });

  it('keeps nothing back for a digest the log already holds', () => {
    const docs = [invoice({ clientEmails: ['c@x.ru'] })];
    const digestKey = 'digest.am:anna@agency.ru:2026-12-02';
    const p = plan('2026-12-02', docs, { quota: 2, done: new Set([digestKey]) });
    expect(p.messages.map((m) => [m.kind, m.status])).toEqual([['client', 'ready']]);
  });
});

describe('templates and unsafe values', () => {
  it('escapes a client name in HTML and rejects a subject with a line break', () => {
    const p = plan('2026-12-02', [invoice({ counterparty: 'Evil <script>alert(1)</script>\nBcc: x@y.z' })]);
    const [message] = clientMessages(p);
    expect(message.status).toBe('rejected');
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(message.htmlBody).not.toContain('<script>');
    const digest = p.messages.find((m) => m.kind === 'digest.am');
    expect(digest?.body).toContain('перенос строки');
  });

  it('reports unknown placeholders instead of sending', () => {
    const templates = readTemplates([
      ['key', 'language', 'subject', 'body', 'html'],
      ['client.overdue', 'ru', 'Счёт {number}', 'Уважаемый {clinet}! {items}', ''],
    ]);
    const [message] = clientMessages(plan('2026-12-02', [invoice()], { templates }));
    expect(message.status).toBe('rejected');
    expect(message.problem).toContain('{clinet}');
  });
});

describe('overload in the AM digest', () => {
  const week = '2026-11-30';
  function person(name: string, email: string, total: number, isAccountManager = false): PersonLoad {
    const flags: PersonWeek['flags'] = total > 100 ? ['overload', 'noReserve'] : [];
    return {
      name,
      role: '',
      isAccountManager,
      email,
      weeklyHours: 40,
      inTeamRegister: true,
      byWeek: {
        [week]: {
          week,
          confirmed: total,
          tentative: 0,
          internal: 0,
          absence: 0,
          total,
          free: 100 - total,
          flags,
        },
      },
    };
  }
  const load = (people: PersonLoad[]): LoadSummary => ({
    weeks: [week],
    people,
    clients: [],
    accountManagers: [],
    planVsActual: [],
    problems: [],
  });
  const digestOf = (p: ReturnType<typeof plan>, to: string) =>
    p.messages.find((m) => m.kind === 'digest.am' && m.to[0] === to);
  // Paid invoices give the AMs a client each but no other digest line.
  const docs = [
    invoice({ counterparty: 'ООО «Ромашка»', managerEmail: 'anna@agency.ru', outstanding: 0 }),
    invoice({ number: '13', counterparty: 'ИП Лютик', managerEmail: 'boris@agency.ru', outstanding: 0 }),
  ];

  it.each([
    [
      'the AM of a client the overloaded designer works for',
      'anna@agency.ru',
      'Перегрузка на ваших клиентах, неделя с 30.11.2026 — 1 сотрудник\n• Петров — 130\u00a0%, ваши клиенты: ООО «Ромашка»',
    ],
    ['the overloaded AM themselves', 'boris@agency.ru', '• Борис — 110\u00a0%'],
  ])('tells %s, even with nothing else to say', (_who, to, line) => {
    const p = plan('2026-12-02', docs, {
      load: load([person('Петров', 'petrov@agency.ru', 130), person('Борис', 'boris@agency.ru', 110, true)]),
      staffing: [
        { person: 'Петров', client: 'Ромашка', week },
        { person: 'Петров', client: 'Другой клиент', week },
      ],
    });
    expect(digestOf(p, to)?.body).toContain(line);
  });

  it('does not tell an AM about overload on somebody else’s clients', () => {
    const p = plan('2026-12-02', docs, {
      load: load([person('Петров', 'petrov@agency.ru', 130)]),
      staffing: [{ person: 'Петров', client: 'Ромашка', week }],
    });
    expect(digestOf(p, 'boris@agency.ru')).toBeUndefined();
    // A designer is not an AM: the Monday load digest tells the team about them.
    expect(digestOf(p, 'petrov@agency.ru')).toBeUndefined();
  });
});

describe('quota fairness (SPEC §4: STOP, first reminders, oldest overdue, repeats, digests)', () => {
  const doc = (n: number, due: string) =>
    invoice({
      number: String(n),
      counterparty: `Клиент ${n}`,
      id: documentId(String(n), `Клиент ${n}`),
      dueDate: due,
      clientEmails: [`c${n}@x.ru`],
      managerEmail: null,
    });

  it('puts a first reminder to a client never reminded before every repeat, then the oldest debt first', () => {
    // Client 1 was reminded last week (stage 1); 2 is newly overdue; 3 owes longest but was reminded too.
    const docs = [doc(1, '2026-11-20'), doc(2, '2026-11-30'), doc(3, '2026-11-10'), doc(4, '2026-11-01')];
    const done = new Set([
      `overdue:${documentId('1', 'Клиент 1')}:stage1`,
      'client:c1@x.ru:2026-11-21',
      `overdue:${documentId('3', 'Клиент 3')}:stage2`,
      'client:c3@x.ru:2026-11-25',
    ]);
    const p = plan('2026-12-02', docs, { done, quota: 3 });
    expect(p.messages.map((m) => [m.kind, m.to.join(), m.status])).toEqual([
      ['stop', 'head@agency.ru', 'ready'],
      ['client', 'c2@x.ru', 'ready'],
      ['client', 'c3@x.ru', 'quota'],
      ['client', 'c1@x.ru', 'quota'],
      ['digest.am', 'head@agency.ru', 'ready'],
    ]);
  });

  it('reports a refused message once in the next digest, and after today’s digest in a follow-up', () => {
    const entry = {
      row: 5,
      time: '2026-12-02T06:00:00.000Z',
      kind: 'client',
      key: 'client:c1@x.ru:2026-12-02',
      recipients: 'c1@x.ru',
      subject: 'Оплата по счетам — Клиент 1',
      result: 'ошибка, попытка 1 из 3: Limit Exceeded: Email Recipients Per Message.',
      itemKeys: [],
    };
    // No AM is cc'd on it: the head hears.
    const digestKey = 'digest.am:head@agency.ru:2026-12-02';
    const p = plan('2026-12-02', [], { interrupted: [entry], done: new Set([digestKey]) });
    const [followUp] = p.messages;
    expect(followUp.key).toBe(`${digestKey}#2`);
    expect(followUp.body).toContain('больше 50 получателей');
    expect(followUp.body).toContain('Попытка 1 из 3');
    const told = new Set([digestKey, `${digestKey}#2`, ...followUp.items.map((i) => i.key ?? '')]);
    expect(plan('2026-12-02', [], { interrupted: [entry], done: told }).messages).toEqual([]);
  });

  it('shortens a STOP alert that would pass 200 KB, with “and N more”', () => {
    const docs = Array.from({ length: 400 }, (_, n) =>
      invoice({
        number: String(n),
        counterparty: `ООО «${'Я'.repeat(600)}» ${n}`,
        id: documentId(String(n), `Клиент ${n}`),
        dueDate: '2026-10-01',
      }),
    );
    const stop = plan('2026-12-02', docs).messages.find((m) => m.kind === 'stop')!;
    expect(Buffer.byteLength(stop.body) + Buffer.byteLength(stop.htmlBody)).toBeLessThan(200 * 1024);
    expect(stop.body).toMatch(/и ещё \d+/);
    expect(stop.subject.length).toBeLessThan(300);
  });
});
