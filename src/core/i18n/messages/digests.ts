/**
 * The digests people act on: section headings with their totals, and the lines under them
 * (the heading says what a line is, so a line starts with its client or person).
 */
import * as documents from './documents';
import * as sidebars from './sidebars';

export const ru = {
  'digests.heading.money': '{title} — {count} на {sum}',
  'digests.heading.count': '{title} — {count}',
  'digests.heading.hours': '{title} — {count}, {hours}\u00a0ч',
  'digests.sum.join': ' + ',

  'digests.am.mail': 'Письма, которые не ушли',
  'digests.am.stop': 'СТОП: работы остановлены',
  'digests.am.overdue': documents.ru['receivables.col.overdue'],
  'digests.am.dueSoon': 'Скоро срок оплаты',
  'digests.am.paused': 'Споры и паузы: клиенту не напоминаем',
  'digests.am.data': 'Данные с ошибками: напоминания не уходят',
  'digests.originals': sidebars.ru['dashboard.originalsMissing'],
  'digests.am.renewals': 'Продлить договоры',
  'digests.am.overload': 'Перегрузка на ваших клиентах, неделя с {week}',
  'digests.am.stopLine': '{client} — {document} на {amount}, {days} без оплаты',
  'digests.am.overdueLine': '{client} — {document} на {amount}, просрочка {days}',
  'digests.dueLine': '{client} — {document} на {amount}, срок {due_date}',
  'digests.am.disputedLine': '{client} — {document} на {amount}: спор, срок оплаты {due_date}',
  'digests.am.disputedLateLine':
    '{client} — {document} на {amount}: спор, срок оплаты {due_date}, просрочка {days}',
  'digests.am.pausedLine': '{client} — {state}; пауза',
  'digests.am.badEmailLine': 'строка {row}: {client} — {document}: нет или неверный email клиента',
  'digests.am.problemLine': 'строка {row}: {client} — {document}: {problem}',
  'digests.originalsLine': '{client} — {document}',
  'digests.am.renewClient': '{client} — {document} до {due_date}, продлить с клиентом',
  'digests.am.renewContractor': '{client} — {document} до {due_date}, продлить с подрядчиком',
  'digests.am.overloadClients': '{person} — {pct}\u00a0%, ваши клиенты: {clients}',
  'digests.personPct': '{person} — {pct}\u00a0%',

  'digests.renewal.client': '{document} с клиентом {client}: действует до {due_date}',
  'digests.renewal.contractor': '{document} с подрядчиком {client}: действует до {due_date}',

  'digests.load.thisWeek': 'Эта неделя, с {day}',
  'digests.load.nextWeek': 'Следующая неделя, с {day}',
  'digests.load.summary': 'Загрузка команды {pct}\u00a0%, свободно {free}\u00a0ч из {hours}\u00a0ч',
  'digests.load.bookedInAbsence': 'Брони на время отпуска или больничного',
  'digests.load.overload': 'Перегрузка',
  'digests.load.wouldOverload': 'Перегрузка после подтверждения броней',
  'digests.load.noReserve': 'Нет резерва',
  'digests.load.free': 'Свободны',
  'digests.load.tentative': 'Предварительные брони: подтвердить или снять',
  'digests.load.wouldOverloadLine':
    '{person} — {after}\u00a0% после подтверждения (сейчас {pct}\u00a0%, предварительно {tentative}\u00a0%)',
  'digests.load.freeLine': '{person} — свободно {pct}\u00a0%, {hours}\u00a0ч',
  'digests.load.tentativeLine':
    '{person} — предварительно {tentative}\u00a0%, после подтверждения {after}\u00a0%',

  'digests.acc.thisWeek': 'Ожидаем оплату на этой неделе',
  'digests.acc.nextWeek': 'Ожидаем оплату на следующей неделе',
  'digests.acc.overdue': 'Просрочены оплаты клиентов',
  'digests.acc.outgoing': 'Оплатить подрядчикам',
  'digests.acc.overdueLine': '{client} — {document} на {amount}, срок был {due_date}, просрочка {days}',
  'digests.acc.outgoingLine': 'Подрядчик {client} — {document} на {amount}, срок {due_date}',
  'digests.acc.outgoingLateLine':
    'Подрядчик {client} — {document} на {amount}, срок был {due_date}, просрочка {days}',
  'digests.acc.contractorOriginalsLine': 'Подрядчик {client} — {document}',
} as const;

export const en = {
  'digests.heading.money': '{title} — {count}, {sum}',
  'digests.heading.count': '{title} — {count}',
  'digests.heading.hours': '{title} — {count}, {hours} h',
  'digests.sum.join': ' + ',

  'digests.am.mail': 'Emails that did not go out',
  'digests.am.stop': 'STOP: work is stopped',
  'digests.am.overdue': documents.en['receivables.col.overdue'],
  'digests.am.dueSoon': 'Due soon',
  'digests.am.paused': 'Disputes and pauses: the client is not reminded',
  'digests.am.data': 'Data problems: no reminders go out',
  'digests.originals': sidebars.en['dashboard.originalsMissing'],
  'digests.am.renewals': 'Contracts to renew',
  'digests.am.overload': 'Overload on your clients, week of {week}',
  'digests.am.stopLine': '{client} — {document} for {amount}, {days} without payment',
  'digests.am.overdueLine': '{client} — {document} for {amount}, {days} overdue',
  'digests.dueLine': '{client} — {document} for {amount}, due {due_date}',
  'digests.am.disputedLine': '{client} — {document} for {amount}: disputed, due {due_date}',
  'digests.am.disputedLateLine':
    '{client} — {document} for {amount}: disputed, was due {due_date}, {days} overdue',
  'digests.am.pausedLine': '{client} — {state}; paused',
  'digests.am.badEmailLine': 'row {row}: {client} — {document}: client email missing or invalid',
  'digests.am.problemLine': 'row {row}: {client} — {document}: {problem}',
  'digests.originalsLine': '{client} — {document}',
  'digests.am.renewClient': '{client} — {document} by {due_date}, renew with the client',
  'digests.am.renewContractor': '{client} — {document} by {due_date}, renew with the contractor',
  'digests.am.overloadClients': '{person} — {pct}%, your clients: {clients}',
  'digests.personPct': '{person} — {pct}%',

  'digests.renewal.client': '{document} with the client {client}: valid until {due_date}',
  'digests.renewal.contractor': '{document} with the contractor {client}: valid until {due_date}',

  'digests.load.thisWeek': 'This week, from {day}',
  'digests.load.nextWeek': 'Next week, from {day}',
  'digests.load.summary': 'Team load {pct}%, {free} h free of {hours} h',
  'digests.load.bookedInAbsence': 'Booked during leave or sick days',
  'digests.load.overload': 'Overloaded',
  'digests.load.wouldOverload': 'Overloaded once bookings are confirmed',
  'digests.load.noReserve': 'No reserve',
  'digests.load.free': 'Free capacity',
  'digests.load.tentative': 'Tentative bookings: confirm or release',
  'digests.load.wouldOverloadLine': '{person} — {after}% once confirmed (now {pct}%, tentative {tentative}%)',
  'digests.load.freeLine': '{person} — {pct}% free, {hours} h',
  'digests.load.tentativeLine': '{person} — {tentative}% tentative, {after}% once confirmed',

  'digests.acc.thisWeek': 'Expected this week',
  'digests.acc.nextWeek': 'Expected next week',
  'digests.acc.overdue': 'Client payments overdue',
  'digests.acc.outgoing': 'Contractors to pay',
  'digests.acc.overdueLine': '{client} — {document} for {amount}, was due {due_date}, {days} overdue',
  'digests.acc.outgoingLine': 'Contractor {client} — {document} for {amount}, due {due_date}',
  'digests.acc.outgoingLateLine':
    'Contractor {client} — {document} for {amount}, was due {due_date}, {days} overdue',
  'digests.acc.contractorOriginalsLine': 'Contractor {client} — {document}',
} as const satisfies Record<keyof typeof ru, string>;
