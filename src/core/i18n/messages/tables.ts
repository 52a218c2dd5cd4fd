/**
 * Text about reading the user's tables defensively and owning only what is ours:
 * unreadable cells, ambiguous headers, stored settings that were wrong, and owned
 * columns or sheets that could not be placed without touching user cells.
 */
export const ru = {
  'documents.problem.errorValue': '{cell}: в ячейке ошибка формулы {raw}',
  'documents.problem.lineBreak': '{cell}: перенос строки в «{raw}» — уберите его, иначе письмо не отправить',
  'documents.problem.currencyMismatch': '{cell}: «{raw}» — валюта суммы не совпадает с колонкой «Валюта»',
  'documents.problem.negativeAmount': '{cell}: «{raw}» — отрицательная сумма',

  'load.problem.duplicateWeek':
    '«{header}» — та же неделя, что и «{first}» ({firstCell}): значения обеих колонок сложены',

  'registers.warning.duplicateHeader':
    'Лист «{sheet}»: колонка «{header}» встречается несколько раз ({cells}) — читается {used}, переименуйте лишние',

  'settings.warning.invalid':
    'Сохранённая настройка «{field}» неверна ({problem}) — используется значение по умолчанию',

  'owned.column.suffix': '(Пульт)',
  'owned.warning.noRoom':
    'Лист «{sheet}»: колонки Пульта ({columns}) некуда поставить, не задев ваши данные — они не записаны. Освободите колонку справа от таблицы.',
  'owned.warning.userColumn':
    'Лист «{sheet}»: колонка {cell} «{header}» — ваша (в ней ваши данные), Пульт её не трогает и пишет свою рядом',
  'owned.warning.userSheet':
    'Лист «{sheet}» создан не Пультом и содержит ваши данные — он не перезаписан. Переименуйте его, чтобы Пульт создал свой.',
} as const;

export const en = {
  'documents.problem.errorValue': '{cell}: the cell holds the formula error {raw}',
  'documents.problem.lineBreak': '{cell}: line break in "{raw}" — remove it, or no email can be sent',
  'documents.problem.currencyMismatch':
    '{cell}: "{raw}" — the amount\'s currency differs from the Currency column',
  'documents.problem.negativeAmount': '{cell}: "{raw}" — negative amount',

  'load.problem.duplicateWeek':
    '"{header}" is the same week as "{first}" ({firstCell}): both columns are added up',

  'registers.warning.duplicateHeader':
    'Sheet "{sheet}": the column "{header}" appears more than once ({cells}) — {used} is read, rename the others',

  'settings.warning.invalid': 'The stored setting "{field}" is invalid ({problem}) — the default is used',

  'owned.column.suffix': '(Account Desk)',
  'owned.warning.noRoom':
    'Sheet "{sheet}": the Account Desk columns ({columns}) cannot be placed without touching your data — they were not written. Free a column to the right of the table.',
  'owned.warning.userColumn':
    'Sheet "{sheet}": column {cell} "{header}" is yours (it holds your data); Account Desk leaves it alone and writes its own next to it',
  'owned.warning.userSheet':
    'Sheet "{sheet}" was not created by Account Desk and holds your data — it was not overwritten. Rename it so Account Desk can create its own.',
} as const satisfies Record<keyof typeof ru, string>;
