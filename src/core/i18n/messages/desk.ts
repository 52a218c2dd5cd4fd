/**
 * The sidebars' texts for what a person acts on: the dashboard's money, the full list of
 * actions, the data errors and the choice of account manager; the payment form's warnings;
 * the Settings summary. Merged into the ui catalog the pages receive.
 */
export const ru = {
  'desk.heat.legend':
    'Зелёный — до 80 %, жёлтый — 80–100 %, красный — больше 100 %. Синяя черта слева и курсив — есть предварительная загрузка (+N).',
  'desk.money.title': 'Деньги',
  'desk.money.outstanding': 'Долг клиентов',
  'desk.money.stop': 'из них СТОП',
  'desk.money.ratio': 'Дебиторка к выручке за 30 дней',
  'desk.money.ratioValue': '{pct} % (ориентир — не больше {target} %)',
  'desk.actions.more': 'ещё {count}',
  'desk.actions.less': 'свернуть',
  'desk.errors.title': 'Данные с ошибками',
  'desk.errors.hint':
    'По этим строкам напоминания не уходят и суммы не считаются, пока данные не исправлены.',
  'desk.errors.go': 'К ячейке {cell}',
  'desk.errors.gone': 'Эта строка изменилась. Обновите панель.',
  'desk.manager.label': 'Чьи клиенты',
  'desk.manager.all': 'Все аккаунты',
  'desk.manager.you': '{name} (вы)',
  'desk.manager.signedIn': 'Показаны ваши клиенты: вы вошли как {name}.',
  'desk.payment.invoice': '№ {number} · {client}',
  'desk.payment.remaining': 'остаток {outstanding}',
  'desk.document.farDate':
    'Дата документа {date} далеко от сегодняшней ({today}). Если она верна, нажмите «Сохранить» ещё раз.',
  'desk.payment.farDate':
    'Дата оплаты {date} далеко от сегодняшней ({today}). Если она верна, нажмите «Сохранить» ещё раз.',
} as const;

export const en = {
  'desk.heat.legend':
    'Green up to 80 %, amber 80–100 %, red over 100 %. A blue left edge and italics: tentative load is booked (+N).',
  'desk.money.title': 'Money',
  'desk.money.outstanding': 'Owed by clients',
  'desk.money.stop': 'of which STOP',
  'desk.money.ratio': 'Receivables to 30 days of revenue',
  'desk.money.ratioValue': '{pct} % (benchmark: no more than {target} %)',
  'desk.actions.more': '{count} more',
  'desk.actions.less': 'show fewer',
  'desk.errors.title': 'Data with errors',
  'desk.errors.hint': 'These rows get no reminders and count in no sums until their data is fixed.',
  'desk.errors.go': 'Go to cell {cell}',
  'desk.errors.gone': 'This row has changed. Refresh the dashboard.',
  'desk.manager.label': 'Whose clients',
  'desk.manager.all': 'All account managers',
  'desk.manager.you': '{name} (you)',
  'desk.manager.signedIn': 'Showing your clients: you are signed in as {name}.',
  'desk.payment.invoice': 'No. {number} · {client}',
  'desk.payment.remaining': '{outstanding} remaining',
  'desk.document.farDate':
    'The document date {date} is far from today ({today}). If it is right, press Save again.',
  'desk.payment.farDate':
    'The payment date {date} is far from today ({today}). If it is right, press Save again.',
} as const satisfies Record<keyof typeof ru, string>;
