/** Text shared by every feature: the menu, generic errors, the help page. */
export const ru = {
  'app.name': 'Пульт аккаунта',
  'menu.dashboard': 'Панель',
  'menu.recalculate': 'Пересчитать',
  'menu.addDocument': 'Добавить документ',
  'menu.registerPayment': 'Отметить оплату',
  'menu.bookLoad': 'Запланировать загрузку',
  'menu.previewReminders': 'Предпросмотр напоминаний',
  'menu.sendReminders': 'Отправить напоминания сейчас',
  'menu.settings': 'Настройки',
  'menu.installTriggers': 'Включить автозапуск',
  'menu.removeTriggers': 'Выключить автозапуск',
  'menu.createSheets': 'Создать недостающие листы',
  'menu.help': 'Справка',
  'error.unexpected':
    'Что-то пошло не так. Данные не изменены. Попробуйте ещё раз; если ошибка повторится, напишите администратору.',
  'error.busy': 'Таблицу сейчас обрабатывает другой запуск. Попробуйте через минуту.',
  'help.title': 'Справка',
  'help.body':
    'Пульт аккаунта считает загрузку команды по неделям, следит за счетами, актами и оригиналами и напоминает клиентам об оплате. Начните с «Настройки», затем «Пересчитать».',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'app.name': 'Account Desk',
  'menu.dashboard': 'Dashboard',
  'menu.recalculate': 'Recalculate',
  'menu.addDocument': 'Add document',
  'menu.registerPayment': 'Register payment',
  'menu.bookLoad': 'Book load',
  'menu.previewReminders': 'Preview reminders',
  'menu.sendReminders': 'Send reminders now',
  'menu.settings': 'Settings',
  'menu.installTriggers': 'Install triggers',
  'menu.removeTriggers': 'Remove triggers',
  'menu.createSheets': 'Create missing sheets',
  'menu.help': 'Help',
  'error.unexpected':
    'Something went wrong. No data was changed. Please try again; if it happens again, contact your administrator.',
  'error.busy': 'Another run is working on this spreadsheet. Please try again in a minute.',
  'help.title': 'Help',
  'help.body':
    'Account Desk totals the team load by week, watches invoices, acts and originals, and reminds clients about payments. Start with Settings, then Recalculate.',
};
