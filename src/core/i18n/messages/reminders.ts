/** Reminder emails, digests, the send log and triggers. Template defaults are the polite texts users start from. */

export const ru = {
  'template.client.predue.subject': 'Напоминание о сроке оплаты — {client}',
  'template.client.predue.body':
    'Здравствуйте!\n\nНапоминаем, что скоро наступает срок оплаты:\n{items}\nИтого к оплате: {total}\n\nЕсли оплата уже отправлена, пожалуйста, не обращайте внимания на это письмо. Если есть вопросы, просто ответьте на него.\n\nС уважением,\n{signature}',
  'template.client.overdue.subject': 'Оплата по счетам — {client}',
  'template.client.overdue.body':
    'Здравствуйте!\n\nПо нашим данным, пока не оплачены:\n{items}\nИтого к оплате: {total}\n\nПодскажите, пожалуйста, когда планируете оплату? Если платёж уже прошёл, пришлите, пожалуйста, платёжное поручение — мы сверим.\n\nС уважением,\n{signature}',
  'template.stop.subject': 'СТОП по регламенту: {client}',
  'template.stop.body':
    'По регламенту агентства работы останавливаются, пока клиент не оплатит счёт, просроченный на {days} и больше:\n{items}\n\nПожалуйста, предупредите команду и договоритесь с клиентом о сроке оплаты. Когда деньги придут, отметьте оплату в таблице документов.',
  'template.renewal.subject': 'Пора продлить договоры: {client}',
  'template.renewal.body':
    'Скоро заканчивается срок действия договоров — самое время договориться о продлении:\n{items}',
  'template.digest.am.subject': 'Пульт аккаунта: дела на {due_date}',
  'template.digest.am.body':
    'Доброе утро!\n\nЧто требует внимания сегодня, {due_date}:\n{items}\n\nПодробности — в таблице документов и на листе «Журнал».',
  'template.digest.load.subject': 'Загрузка команды: неделя с {due_date}',
  'template.digest.load.body':
    'Доброе утро!\n\nЗагрузка команды на эту и следующую неделю:\n{items}\n\nПредварительные (синие) брони стоит подтвердить или снять на планёрке.',
  'template.digest.accounting.subject': 'Платежи и оригиналы: неделя с {due_date}',
  'template.digest.accounting.body':
    'Добрый день!\n\nОжидаемые платежи и недостающие оригиналы на эту и следующую неделю:\n{items}',

  'doc.invoice': 'Счёт № {number}',
  'doc.act': 'Акт № {number}',
  'doc.contract': 'Договор № {number}',
  'doc.other': 'Документ № {number}',
  'item.dueIn': '{document} на {amount}, срок оплаты {due_date} (через {days})',
  'item.dueToday': '{document} на {amount}, срок оплаты сегодня, {due_date}',
  'item.overdue': '{document} на {amount}, срок оплаты был {due_date} (просрочка {days})',

  'digest.quota': 'Не отправлено из-за дневной квоты, уйдёт при следующем запуске: «{subject}» → {to}',
  'digest.rejected': 'Не отправлено: «{subject}» → {to}. {problem}',
  'digest.unknown': 'Статус неизвестен, проверьте папку «Отправленные»: «{subject}» → {to} ({time})',

  'problem.lineBreak': 'В теме или адресе есть перенос строки — письмо не отправлено.',
  'problem.unknownPlaceholder': 'В шаблоне «{template}» неизвестные подстановки: {names}.',

  'reminders.outcome':
    'Напоминания: отправлено {sent}, черновиков {drafts}, ждут квоты {quota}, не отправлено из-за ошибок {failed}.',
  'reminders.preview': 'Предпросмотр: ничего не отправлено. Сегодня ушло бы писем: {count}.',
  'reminders.nothing': 'Сегодня отправлять нечего.',
  'reminders.weekend': 'Сегодня выходной: письма уйдут в понедельник.',
  'reminders.draftUnavailable':
    'Режим «черновики» недоступен: эта установка собрана без доступа к Gmail. Ничего не отправлено — выберите в настройках «отправлять» или «предпросмотр».',
  'reminders.unknownStatus': 'Статус неизвестен у писем: {count} — проверьте папку «Отправленные».',
  'reminders.skipUnknown': 'Сегодня такого напоминания нет — обновите предпросмотр.',
  'reminders.skippedToday': 'Напоминание пропущено, сегодня оно не уйдёт.',
  'triggers.installed':
    'Автозапуск включён: каждый час с {hour}:00 ({timeZone}) запуск доделывает сегодняшние напоминания и сводки, по понедельникам и сводку загрузки.',
  'triggers.removed': 'Автозапуск выключен.',
  'sheets.created': 'Созданы листы: {sheets}.',
  'sheets.none': 'Все листы уже на месте.',
} as const;

export const en = {
  'template.client.predue.subject': 'Payment due soon — {client}',
  'template.client.predue.body':
    'Hello,\n\nA friendly reminder that the following payment is due soon:\n{items}\nTotal due: {total}\n\nIf you have already paid, please disregard this email. If you have any questions, just reply to it.\n\nKind regards,\n{signature}',
  'template.client.overdue.subject': 'Outstanding invoices — {client}',
  'template.client.overdue.body':
    'Hello,\n\nAccording to our records, the following are still unpaid:\n{items}\nTotal due: {total}\n\nCould you let us know when to expect the payment? If it has already been made, please send us the payment confirmation so we can reconcile.\n\nKind regards,\n{signature}',
  'template.stop.subject': 'STOP under the agency rules: {client}',
  'template.stop.body':
    'Under the agency rules, work stops until the client pays an invoice overdue by {days} or more:\n{items}\n\nPlease warn the team and agree a payment date with the client. When the money arrives, mark the payment in the documents table.',
  'template.renewal.subject': 'Contracts to renew: {client}',
  'template.renewal.body': 'These contracts end soon — a good time to agree their renewal:\n{items}',
  'template.digest.am.subject': 'Account Desk: your day, {due_date}',
  'template.digest.am.body':
    'Good morning!\n\nWhat needs your attention today, {due_date}:\n{items}\n\nDetails are in the documents table and on the log sheet.',
  'template.digest.load.subject': 'Team load: week of {due_date}',
  'template.digest.load.body':
    'Good morning!\n\nTeam load for this and next week:\n{items}\n\nTentative (blue) bookings are worth confirming or releasing at the planning meeting.',
  'template.digest.accounting.subject': 'Payments and originals: week of {due_date}',
  'template.digest.accounting.body':
    'Hello,\n\nExpected payments and missing originals for this and next week:\n{items}',

  'doc.invoice': 'Invoice No. {number}',
  'doc.act': 'Act No. {number}',
  'doc.contract': 'Contract No. {number}',
  'doc.other': 'Document No. {number}',
  'item.dueIn': '{document} for {amount}, due {due_date} (in {days})',
  'item.dueToday': '{document} for {amount}, due today, {due_date}',
  'item.overdue': '{document} for {amount}, was due {due_date} ({days} overdue)',

  'digest.quota': 'Not sent because of the daily quota, goes out on the next run: "{subject}" → {to}',
  'digest.rejected': 'Not sent: "{subject}" → {to}. {problem}',
  'digest.unknown': 'Status unknown, check your Sent folder: "{subject}" → {to} ({time})',

  'problem.lineBreak': 'The subject or an address contains a line break — the email was not sent.',
  'problem.unknownPlaceholder': 'Template "{template}" has unknown placeholders: {names}.',

  'reminders.outcome':
    'Reminders: {sent} sent, {drafts} drafted, {quota} waiting for quota, {failed} not sent because of errors.',
  'reminders.preview': 'Preview: nothing was sent. Emails that would go today: {count}.',
  'reminders.nothing': 'Nothing to send today.',
  'reminders.weekend': 'It is the weekend: emails go out on Monday.',
  'reminders.draftUnavailable':
    'Draft mode is not available: this installation was built without Gmail access. Nothing was sent — choose "send" or "preview" in Settings.',
  'reminders.unknownStatus': 'Emails with unknown status: {count} — check your Sent folder.',
  'reminders.skipUnknown': 'There is no such reminder today — refresh the preview.',
  'reminders.skippedToday': 'Reminder skipped; it will not go out today.',
  'triggers.installed':
    'Automatic runs are on: every hour from {hour}:00 ({timeZone}) a run finishes what is left of today’s reminders and digests, on Mondays the load digest too.',
  'triggers.removed': 'Automatic runs are off.',
  'sheets.created': 'Sheets created: {sheets}.',
  'sheets.none': 'All sheets are already there.',
} as const satisfies Record<keyof typeof ru, string>;
