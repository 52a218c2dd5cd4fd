/**
 * The Gmail build's words: replies that pause a client, bounces, attachments, the mailbox reads of
 * a run, and the reminders sidebar's «Возобновить». `page` texts go to the sidebars (merged into
 * the UI catalog); the rest is what the server says.
 */
export const ru = {
  'documents.problem.bouncedEmail':
    '{cell}: письма на {raw} возвращаются (отказ доставки) — исправьте адрес; напоминания на него не уходят',
  'mail.bouncedNow':
    'письма на {address} возвращаются (отказ доставки) — исправьте адрес; напоминания на него не уходят',
  'mail.digest.replied': '{client}: клиент ответил {day}: «{line}» — напоминания на паузе до {until}',
  'mail.digest.openThread': 'открыть переписку',
  'mail.held': 'Клиент ответил {day}: «{line}». Напоминание ждёт до {until} или до «Возобновить».',
  'mail.attachment.notice':
    '«{subject}» ({to}) ушло без вложения {file}: {reason}. Клиент получил ссылку на документ.',
  'mail.attachment.not-found': 'файл не найден на Диске',
  'mail.attachment.no-access': 'нет доступа к файлу',
  'mail.attachment.not-convertible': 'файл нельзя сохранить как PDF',
  'mail.attachment.too-large': 'файл больше 25 МБ',
  'mail.summary':
    'Почта: ответов клиентов {replies}, автоответов {autoReplies}, отказов доставки {bounces}; чтений Gmail {reads}.',
  'mail.resumed': 'Напоминания возобновлены: следующее уйдёт с ближайшим запуском.',
  'mail.resumeUnknown': 'Эта пауза уже снята — обновите предпросмотр.',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'documents.problem.bouncedEmail':
    '{cell}: mail to {raw} comes back (delivery failure) — fix the address; no reminder goes to it',
  'mail.bouncedNow':
    'mail to {address} comes back (delivery failure) — fix the address; no reminder goes to it',
  'mail.digest.replied': '{client}: the client replied on {day}: “{line}” — reminders paused until {until}',
  'mail.digest.openThread': 'open the conversation',
  'mail.held': 'The client replied on {day}: “{line}”. The reminder waits until {until} or “Resume”.',
  'mail.attachment.notice':
    '“{subject}” ({to}) went without the attachment {file}: {reason}. The client got the link to the document.',
  'mail.attachment.not-found': 'the file is not on Drive',
  'mail.attachment.no-access': 'no access to the file',
  'mail.attachment.not-convertible': 'the file cannot be saved as a PDF',
  'mail.attachment.too-large': 'the file is over 25 MB',
  'mail.summary':
    'Mail: client replies {replies}, auto-replies {autoReplies}, bounces {bounces}; Gmail reads {reads}.',
  'mail.resumed': 'Reminders resumed: the next one goes with the next run.',
  'mail.resumeUnknown': 'This pause is already over — refresh the preview.',
};

/** The sidebars' words (merged into the UI catalog). */
export const page = {
  ru: {
    'settings.reminders.replyPauseDays': 'Пауза после ответа клиента, дн.',
    'reminders.replied': 'Клиент ответил {day}: «{line}» — пауза до {until}',
    'reminders.resume': 'Возобновить',
    'reminders.resumedDone': 'Возобновлено',
    'reminders.openThread': 'Открыть переписку',
  },
  en: {
    'settings.reminders.replyPauseDays': 'Pause after a client replies, days',
    'reminders.replied': 'The client replied on {day}: “{line}” — paused until {until}',
    'reminders.resume': 'Resume',
    'reminders.resumedDone': 'Resumed',
    'reminders.openThread': 'Open the conversation',
  },
} as const;
