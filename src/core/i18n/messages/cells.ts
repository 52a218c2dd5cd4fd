/** Data problems found while reading a cell; `{raw}` is the text as the user wrote it. */
export const ru = {
  'cells.notNumber': '«{raw}» — не число',
  'cells.notDate': '«{raw}» — не дата',
  'cells.impossibleDate': '«{raw}» — такой даты нет',
  'cells.notMoney': '«{raw}» — не сумма денег',
  'cells.moneyPrecision': '«{raw}» — больше двух знаков после запятой',
  'cells.notPercent': '«{raw}» — не процент и не часы (пример: 20%, 0,2, 8 ч)',
  'cells.negativeLoad': '«{raw}» — загрузка не может быть отрицательной',
  'cells.noWeeklyHours': '«{raw}» — часы, но норма часов в неделю не задана',
  'cells.badEmail': '«{raw}» — не адрес электронной почты',
  'cells.notBoolean': '«{raw}» — ожидается «да» или «нет»',
} as const;

export const en = {
  'cells.notNumber': '"{raw}" is not a number',
  'cells.notDate': '"{raw}" is not a date',
  'cells.impossibleDate': '"{raw}" is not a real date',
  'cells.notMoney': '"{raw}" is not an amount of money',
  'cells.moneyPrecision': '"{raw}" has more than two decimal places',
  'cells.notPercent': '"{raw}" is neither a percentage nor hours (e.g. 20%, 0.2, 8 h)',
  'cells.negativeLoad': '"{raw}" is negative; load cannot be',
  'cells.noWeeklyHours': '"{raw}" is in hours, but the weekly hours are not set',
  'cells.badEmail': '"{raw}" is not an email address',
  'cells.notBoolean': '"{raw}" should be yes or no',
} as const satisfies Record<keyof typeof ru, string>;
