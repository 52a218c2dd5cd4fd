/**
 * The digests people act on (SPEC §4): grouped by section, sorted by severity, with totals,
 * in HTML and plain text; the Monday digest says the load core's "would overload after
 * confirmation"; the accountant's digest in sections with sums; contractors called contractors.
 */
import { doc, loadOf, NEXT_WEEK, person, planOf, sectionLines, textOf, THIS_WEEK } from './digestFixture';

const MONDAY = '2026-12-07';

describe('the Monday load digest', () => {
  const load = loadOf([
    person('Смирнова Ольга', { [THIS_WEEK]: { total: 120 }, [NEXT_WEEK]: { total: 80, tentative: 40 } }),
    person('Волков Денис', { [THIS_WEEK]: { total: 130 }, [NEXT_WEEK]: { total: 110 } }),
    person('Морозова Елена', { [THIS_WEEK]: { total: 90 }, [NEXT_WEEK]: { total: 90 } }),
    person('Новиков Артём', { [THIS_WEEK]: { total: 45 }, [NEXT_WEEK]: { total: 45 } }),
    person('Иванова Анна', { [THIS_WEEK]: { total: 50, tentative: 30 }, [NEXT_WEEK]: { total: 40 } }),
  ]);
  const digest = () => {
    const plan = planOf(MONDAY, [], { load, daily: false, weekly: true });
    return plan.messages.find((message) => message.kind === 'digest.load');
  };
  const weeks = () => {
    const text = textOf(digest());
    const next = text.indexOf('Следующая неделя');
    return { text, thisWeek: text.slice(0, next), nextWeek: text.slice(next) };
  };

  it('says the week once as a heading, not on every line', () => {
    const { text } = weeks();
    expect(text.match(/^Эта неделя, с 07\.12\.2026$/gm)).toHaveLength(1);
    expect(text.match(/^Следующая неделя, с 14\.12\.2026$/gm)).toHaveLength(1);
    expect(text).not.toMatch(/неделя с \d\d\.\d\d\.\d{4}:/);
  });

  it('states overload after confirmation where the load core flags it, never "free" for that person', () => {
    const { nextWeek } = weeks();
    expect(sectionLines(nextWeek, /^Перегрузка после подтверждения броней — 1 сотрудник$/)).toEqual([
      'Смирнова Ольга — 120 % после подтверждения (сейчас 80 %, предварительно 40 %)',
    ]);
    expect(nextWeek).not.toMatch(/Смирнова Ольга — свободно/);
  });

  it('lists the biggest overload first, each week in its own sections', () => {
    const { thisWeek, nextWeek } = weeks();
    expect(sectionLines(thisWeek, /^Перегрузка — 2 сотрудника$/)).toEqual([
      'Волков Денис — 130 %',
      'Смирнова Ольга — 120 %',
    ]);
    expect(sectionLines(thisWeek, /^Нет резерва — 1 сотрудник$/)).toEqual(['Морозова Елена — 90 %']);
    expect(sectionLines(nextWeek, /^Перегрузка — 1 сотрудник$/)).toEqual(['Волков Денис — 110 %']);
  });

  it('says a booking during leave as the conflict it is, not as an overload', () => {
    const onLeave = loadOf([
      person('Павлова Ирина', {
        [THIS_WEEK]: { total: 130, flags: ['bookedInAbsence', 'overload', 'noReserve'] },
      }),
      person('Волков Денис', { [THIS_WEEK]: { total: 110 } }),
    ]);
    const plan = planOf(MONDAY, [], { load: onLeave, daily: false, weekly: true });
    const text = textOf(plan.messages.find((message) => message.kind === 'digest.load'));
    expect(sectionLines(text, /^Брони на время отпуска или больничного — 1 сотрудник$/)).toEqual([
      'Павлова Ирина — 130 %',
    ]);
    expect(sectionLines(text, /^Перегрузка — 1 сотрудник$/)).toEqual(['Волков Денис — 110 %']);
    expect(text).not.toMatch(/Нет резерва/);
  });

  it('totals the team: load in percent and free hours, the most free first', () => {
    const { thisWeek } = weeks();
    // (120 + 130 + 90 + 45 + 50) / 5 people of 40 h; free: Новиков 55 % = 22 h, Иванова 50 % = 20 h.
    expect(thisWeek).toMatch(/^Загрузка команды 87 %, свободно 42 ч из 200 ч$/m);
    expect(sectionLines(thisWeek, /^Свободны — 2 сотрудника, 42 ч$/)).toEqual([
      'Новиков Артём — свободно 55 %, 22 ч',
      'Иванова Анна — свободно 50 %, 20 ч',
    ]);
    expect(sectionLines(thisWeek, /^Предварительные брони: подтвердить или снять — 1 сотрудник$/)).toEqual([
      'Иванова Анна — предварительно 30 %, после подтверждения 80 %',
    ]);
  });

  it('puts sections in HTML as headings and lists', () => {
    const html = digest()?.htmlBody ?? '';
    expect(html).toMatch(/<h2[^>]*>Эта неделя, с 07\.12\.2026<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>Перегрузка — 2 сотрудника<\/h3>\s*<ul[^>]*>\s*<li[^>]*>Волков Денис/);
  });
});

describe('the AM daily digest', () => {
  const anna = [
    doc({ number: 'С-1087', counterparty: 'ООО «Ромашка»', dueDate: '2026-11-02', outstanding: 10_000_000 }),
    doc({ number: 'С-1120', counterparty: 'Студия «Лето»', dueDate: '2026-12-06', outstanding: 6_000_000 }),
    doc({ number: 'С-1101', counterparty: 'АО «Вектор»', dueDate: '2026-11-20', outstanding: 12_000_000 }),
    doc({
      number: 'И-7',
      counterparty: 'Globex',
      dueDate: '2026-12-01',
      outstanding: 100_000,
      currency: 'USD',
    }),
    doc({ number: 'С-1100', counterparty: 'Орбита', dueDate: '2026-11-25', outstanding: 25_000_000 }),
    doc({ number: 'С-1135', counterparty: 'АО «Вектор»', dueDate: '2026-12-10', outstanding: 24_000_000 }),
    doc({ number: 'С-1132', counterparty: 'ООО «Ромашка»', dueDate: '2026-12-09', outstanding: 10_000_000 }),
    doc({
      number: 'С-1125',
      counterparty: 'Аква',
      row: 41,
      dueDate: '2026-12-09',
      outstanding: 0,
      problems: ['Сумма: «по договорённости» — не число'],
    }),
    doc({
      number: 'С-1126',
      counterparty: 'Аква',
      row: 42,
      dueDate: null,
      outstanding: 3_000_000,
      problems: ['Срок оплаты: «12.13.2026» — не дата'],
    }),
    doc({ number: 'С-1111', counterparty: 'Гранит', dueDate: '2026-11-30', paused: true }),
    doc({
      kind: 'act',
      number: 'А-1101',
      counterparty: 'АО «Вектор»',
      outstanding: 0,
      originalsMissing: true,
    }),
    doc({
      kind: 'contract',
      number: 'Д-101',
      counterparty: 'ООО «Ромашка»',
      outstanding: 0,
      renewBy: '2026-12-31',
    }),
    doc({
      kind: 'contract',
      number: 'ПД-7',
      counterparty: 'ИП Соколов (фото)',
      isIncoming: false,
      outstanding: 0,
      renewBy: '2026-12-20',
    }),
  ];
  const digest = () =>
    planOf(MONDAY, anna).messages.find((m) => m.kind === 'digest.am' && m.to[0] === 'anna@agency.ru');

  it('groups the lines in sections, the most urgent first', () => {
    const text = textOf(digest());
    const order = [
      /^СТОП: работы остановлены — /m,
      /^Просрочено — /m,
      /^Скоро срок оплаты — /m,
      /^Споры и паузы: клиенту не напоминаем — /m,
      /^Данные с ошибками: напоминания не уходят — /m,
      /^Нет оригиналов — /m,
      /^Продлить договоры — /m,
    ].map((heading) => text.search(heading));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('sorts overdue by days overdue and totals count and sum per currency', () => {
    const text = textOf(digest());
    expect(sectionLines(text, /^Просрочено — 4 счёта на 430 000,00 ₽ \+ 1 000,00 \$$/)).toEqual([
      'АО «Вектор» — Счёт № С-1101 на 120 000,00 ₽, просрочка 17 дней',
      'Орбита — Счёт № С-1100 на 250 000,00 ₽, просрочка 12 дней',
      'Globex — Счёт № И-7 на 1 000,00 $, просрочка 6 дней',
      'Студия «Лето» — Счёт № С-1120 на 60 000,00 ₽, просрочка 1 день',
    ]);
    expect(sectionLines(text, /^СТОП: работы остановлены — 1 счёт на 100 000,00 ₽$/)).toEqual([
      'ООО «Ромашка» — Счёт № С-1087 на 100 000,00 ₽, 35 дней без оплаты',
    ]);
    expect(sectionLines(text, /^Скоро срок оплаты — 2 счёта на 340 000,00 ₽$/)).toEqual([
      'ООО «Ромашка» — Счёт № С-1132 на 100 000,00 ₽, срок 09.12.2026',
      'АО «Вектор» — Счёт № С-1135 на 240 000,00 ₽, срок 10.12.2026',
    ]);
  });

  it('lists invoices with bad data, with the row and what is wrong, since they get no reminders', () => {
    const lines = sectionLines(textOf(digest()), /^Данные с ошибками: напоминания не уходят — 2 документа$/);
    expect(lines).toEqual([
      'строка 41: Аква — Счёт № С-1125: Сумма: «по договорённости» — не число',
      'строка 42: Аква — Счёт № С-1126: Срок оплаты: «12.13.2026» — не дата',
    ]);
  });

  it('says "with the contractor" for a contractor’s contract, in the digest and in the renewal email', () => {
    const text = textOf(digest());
    expect(sectionLines(text, /^Продлить договоры — 2 договора$/)).toEqual([
      'ИП Соколов (фото) — Договор № ПД-7 до 20.12.2026, продлить с подрядчиком',
      'ООО «Ромашка» — Договор № Д-101 до 31.12.2026, продлить с клиентом',
    ]);
    const renewal = planOf(MONDAY, anna).messages.find((m) => m.kind === 'renewal');
    expect(textOf(renewal)).toContain(
      'Договор № ПД-7 с подрядчиком ИП Соколов (фото): действует до 20.12.2026',
    );
    expect(textOf(renewal)).toContain('Договор № Д-101 с клиентом ООО «Ромашка»: действует до 31.12.2026');
    expect(textOf(renewal)).not.toMatch(/с клиентами/);
  });

  it('keeps every section and shortens each long one with its own "and N more" under 200 KB', () => {
    const many = Array.from({ length: 1500 }, (_, n) =>
      doc({
        number: `Н-${n}`,
        counterparty: `ООО «${'Длинное имя '.repeat(12)}${n}»`,
        dueDate: '2026-11-30',
      }),
    );
    const digestOfMany = planOf(MONDAY, [...many, ...anna]).messages.find(
      (m) => m.kind === 'digest.am' && m.to[0] === 'anna@agency.ru',
    )!;
    expect(Buffer.byteLength(digestOfMany.body) + Buffer.byteLength(digestOfMany.htmlBody)).toBeLessThan(
      200 * 1024,
    );
    const text = textOf(digestOfMany);
    const overdue = sectionLines(text, /^Просрочено — 1504 счёта на /)!;
    expect(overdue.at(-1)).toMatch(/^…и ещё \d+ — полный список в таблице\.$/);
    expect(sectionLines(text, /^Продлить договоры — 2 договора$/)).toHaveLength(2);
    expect(sectionLines(text, /^СТОП: работы остановлены — 1 счёт/)).toHaveLength(1);
  });

  it('puts sections in HTML as headings and lists', () => {
    const html = digest()?.htmlBody ?? '';
    expect(html).toMatch(
      /<h3[^>]*>Просрочено — 4 счёта на 430&nbsp;000,00&nbsp;₽|<h3[^>]*>Просрочено — 4 счёта/,
    );
    expect(html.match(/<h3/g)).toHaveLength(7);
    expect(html).not.toMatch(/<li[^>]*>Просрочено:/);
  });
});

describe('the accountant’s weekly digest', () => {
  const docs = [
    doc({ number: 'С-1135', counterparty: 'АО «Вектор»', dueDate: '2026-12-10', outstanding: 24_000_000 }),
    doc({ number: 'С-1132', counterparty: 'ООО «Ромашка»', dueDate: '2026-12-09', outstanding: 10_000_000 }),
    doc({ number: 'С-1140', counterparty: 'СеверСтрой', dueDate: '2026-12-18', outstanding: 7_500_000 }),
    doc({ number: 'С-1101', counterparty: 'АО «Вектор»', dueDate: '2026-11-20', outstanding: 12_000_000 }),
    doc({ number: 'С-1087', counterparty: 'ООО «Ромашка»', dueDate: '2026-11-02', outstanding: 10_000_000 }),
    doc({
      number: 'К-310',
      counterparty: 'ООО «Код»',
      isIncoming: false,
      dueDate: '2026-12-15',
      outstanding: 12_500_000,
    }),
    doc({
      number: '45',
      counterparty: 'ИП Соколов (фото)',
      isIncoming: false,
      dueDate: '2026-12-10',
      outstanding: 4_000_000,
    }),
    doc({
      kind: 'act',
      number: 'А-1101',
      counterparty: 'АО «Вектор»',
      outstanding: 0,
      originalsMissing: true,
    }),
    doc({
      kind: 'act',
      number: 'К-298-А',
      counterparty: 'ООО «Код»',
      isIncoming: false,
      outstanding: 0,
      originalsMissing: true,
    }),
  ];
  const digest = () => planOf(MONDAY, docs).messages.find((m) => m.kind === 'digest.accounting');

  it('has sections in order: incoming this week, next week, overdue, contractors to pay, originals', () => {
    const text = textOf(digest());
    const order = [
      /^Ожидаем оплату на этой неделе — /m,
      /^Ожидаем оплату на следующей неделе — /m,
      /^Просрочены оплаты клиентов — /m,
      /^Оплатить подрядчикам — /m,
      /^Нет оригиналов — /m,
    ].map((heading) => text.search(heading));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('sums each section and sorts it', () => {
    const text = textOf(digest());
    expect(sectionLines(text, /^Ожидаем оплату на этой неделе — 2 счёта на 340 000,00 ₽$/)).toEqual([
      'ООО «Ромашка» — Счёт № С-1132 на 100 000,00 ₽, срок 09.12.2026',
      'АО «Вектор» — Счёт № С-1135 на 240 000,00 ₽, срок 10.12.2026',
    ]);
    expect(sectionLines(text, /^Ожидаем оплату на следующей неделе — 1 счёт на 75 000,00 ₽$/)).toEqual([
      'СеверСтрой — Счёт № С-1140 на 75 000,00 ₽, срок 18.12.2026',
    ]);
    expect(sectionLines(text, /^Просрочены оплаты клиентов — 2 счёта на 220 000,00 ₽$/)).toEqual([
      'ООО «Ромашка» — Счёт № С-1087 на 100 000,00 ₽, срок был 02.11.2026, просрочка 35 дней',
      'АО «Вектор» — Счёт № С-1101 на 120 000,00 ₽, срок был 20.11.2026, просрочка 17 дней',
    ]);
    expect(sectionLines(text, /^Оплатить подрядчикам — 2 счёта на 165 000,00 ₽$/)).toEqual([
      'Подрядчик ИП Соколов (фото) — Счёт № 45 на 40 000,00 ₽, срок 10.12.2026',
      'Подрядчик ООО «Код» — Счёт № К-310 на 125 000,00 ₽, срок 15.12.2026',
    ]);
    expect(sectionLines(text, /^Нет оригиналов — 2 документа$/)).toEqual([
      'АО «Вектор» — Акт № А-1101',
      'Подрядчик ООО «Код» — Акт № К-298-А',
    ]);
  });

  it('puts sections in HTML as headings and lists', () => {
    const html = digest()?.htmlBody ?? '';
    expect(html.match(/<h3/g)).toHaveLength(5);
    expect(html).toMatch(/<h3[^>]*>Оплатить подрядчикам — 2 счёта/);
  });
});
