/**
 * The escalation ladder's emails: the firmer reminder from the escalation day on, and the formal
 * "work paused" letter an AM chooses to send once a client reaches STOP.
 */
export const ru = {
  'template.client.escalation.subject': 'Просроченная оплата: требуется ваше внимание — {client}',
  'template.client.escalation.body':
    'Здравствуйте!\n\nМы уже напоминали об оплате, но пока не получили её:\n{items}\nИтого к оплате: {total}\n\nСамый давний счёт просрочен на {days}. Пожалуйста, оплатите задолженность или ответьте на это письмо, указав дату оплаты. Если оплата не поступит, по регламенту мы будем вынуждены приостановить работы по проекту.\n\nС уважением,\n{signature}',
  'template.client.workPaused.subject': 'Приостановка работ до оплаты — {client}',
  'template.client.workPaused.body':
    'Здравствуйте!\n\nК сожалению, следующие счета остаются неоплаченными дольше {days}:\n{items}\nИтого к оплате: {total}\n\nПо условиям нашего сотрудничества мы приостанавливаем работы по проекту до поступления оплаты и возобновим их сразу после неё. Если платёж уже отправлен, пришлите, пожалуйста, платёжное поручение в ответ на это письмо.\n\nС уважением,\n{signature}',
  'letters.unknown': 'Сегодня такого письма нет — обновите предпросмотр.',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'template.client.escalation.subject': 'Overdue payment: your attention needed — {client}',
  'template.client.escalation.body':
    'Hello,\n\nWe have reminded you about these payments, but have not received them yet:\n{items}\nTotal due: {total}\n\nThe oldest invoice is {days} overdue. Please settle the balance or reply to this email with the date of payment. If the payment does not arrive, under our terms we will have to pause work on the project.\n\nKind regards,\n{signature}',
  'template.client.workPaused.subject': 'Work paused until payment — {client}',
  'template.client.workPaused.body':
    'Hello,\n\nUnfortunately, the following invoices have been unpaid for more than {days}:\n{items}\nTotal due: {total}\n\nUnder the terms of our cooperation we are pausing work on the project until the payment arrives, and will resume as soon as it does. If the payment has already been made, please reply with the payment confirmation.\n\nKind regards,\n{signature}',
  'letters.unknown': 'There is no such letter today — refresh the preview.',
};
