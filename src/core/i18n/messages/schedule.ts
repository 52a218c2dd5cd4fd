/** The hourly trigger: today's progress on the dashboard and a run stopped by its time budget. */
export const ru = {
  'schedule.today.done': 'Сегодня: готово.',
  'schedule.today.waiting': 'Сегодня: ждут отправки — {waiting}, следующая попытка в {hour}:00.',
  'schedule.today.notStarted': 'Сегодня: ещё не начато, первая попытка в {hour}:00.',
  'schedule.budgetStopped':
    'Время этого запуска вышло: ждут отправки — {waiting}; их отправит следующий часовой запуск (или «Отправить напоминания сейчас»).',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'schedule.today.done': 'Today: done.',
  'schedule.today.waiting': 'Today: {waiting} waiting, next try at {hour}:00.',
  'schedule.today.notStarted': 'Today: not started yet, first try at {hour}:00.',
  'schedule.budgetStopped':
    'This execution’s time is up: {waiting} waiting; the next hourly execution sends them (or “Send reminders now”).',
};
