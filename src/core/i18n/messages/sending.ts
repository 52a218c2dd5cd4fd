/** Exactly once under faults: refused messages, shortened digests, a run stopped to keep its log. */
export const ru = {
  'digest.failed':
    'Не отправлено ({reason}): «{subject}» → {to}. Попытка {attempt} из {max}, повторим при следующем запуске.',
  'digest.failedFinal':
    'Не отправлено после {attempts} попыток ({reason}): «{subject}» → {to}. Больше не повторяем — исправьте и отправьте вручную.',
  'digest.andMore': '…и ещё {count} — полный список в таблице.',
  'mailError.tooManyRecipients': 'больше 50 получателей в одном письме — столько Gmail не принимает',
  'mailError.bodyTooLarge': 'письмо больше 200 КБ — столько Gmail не принимает',
  'mailError.invalidAddress': 'неверный адрес получателя',
  'mailError.quota': 'исчерпана дневная квота писем',
  'mailError.service': 'временная ошибка почтового сервиса',
  'reminders.saveFailed':
    'Отправка остановлена: не удалось сохранить журнал ({error}). До остановки отправлено писем: {sent}. Письма, чей результат не успел сохраниться, будут отмечены «статус неизвестен» и повторно не уйдут; остальные уйдут при следующем запуске.',
  'reminders.serviceDown':
    'Почтовый сервис отказал {count} раза подряд ({error}) — отправка остановлена. Отправлено писем: {sent}; остальные уйдут при следующем запуске.',
  'reminders.failedSome':
    'Не отправлено из-за ошибок почтового сервиса: {count} (причины — в «Журнале» и в сводке аккаунта); эти письма повторим при следующем запуске, не больше двух раз.',
  'local.error.storageFailed':
    'Не удалось сохранить состояние {file} в {dir}: {reason}. Отправка остановлена, чтобы ни одно письмо не ушло дважды. Освободите место или дайте права на запись и запустите снова: письма, чей результат не сохранился, будут отмечены «статус неизвестен» и повторно не уйдут.',
  'local.error.messagesFailed': '{file}: не все письма ушли — {message}',
  'local.storage.ENOSPC': 'на диске нет места',
  'local.storage.EACCES': 'нет прав на запись',
  'local.storage.other': 'ошибка записи ({message})',
} as const;

export const en = {
  'digest.failed':
    'Not sent ({reason}): “{subject}” → {to}. Attempt {attempt} of {max}; we will retry on the next run.',
  'digest.failedFinal':
    'Not sent after {attempts} attempts ({reason}): “{subject}” → {to}. No more retries — fix it and send it by hand.',
  'digest.andMore': '…and {count} more — the full list is in the spreadsheet.',
  'mailError.tooManyRecipients': 'more than 50 recipients in one email — more than Gmail accepts',
  'mailError.bodyTooLarge': 'the email is over 200 KB — more than Gmail accepts',
  'mailError.invalidAddress': 'an invalid recipient address',
  'mailError.quota': 'the daily email quota is used up',
  'mailError.service': 'a temporary mail service error',
  'reminders.saveFailed':
    'Sending stopped: the log could not be saved ({error}). Emails sent before the stop: {sent}. Emails whose result was not saved will be marked “status unknown” and never re-sent; the rest go on the next run.',
  'reminders.serviceDown':
    'The mail service refused {count} times in a row ({error}) — sending stopped. Emails sent: {sent}; the rest go on the next run.',
  'reminders.failedSome':
    'Not sent because of mail service errors: {count} (the reasons are in the log sheet and in the account digest); we will retry them on the next run, twice at most.',
  'local.error.storageFailed':
    'Could not save the state of {file} in {dir}: {reason}. Sending stopped so that no email goes twice. Free some space or grant write access and run again: emails whose result was not saved will be marked “status unknown” and never re-sent.',
  'local.error.messagesFailed': '{file}: not every email went — {message}',
  'local.storage.ENOSPC': 'no space left on the disk',
  'local.storage.EACCES': 'no permission to write',
  'local.storage.other': 'a write error ({message})',
} as const satisfies Record<keyof typeof ru, string>;
