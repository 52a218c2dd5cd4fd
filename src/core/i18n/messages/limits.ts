/** Text for a write that would pass one of Google Sheets' size limits. */
export const ru = {
  'limits.tooManyCells':
    'Лист «{sheet}» нельзя расширить: в таблице было бы больше 10 000 000 ячеек (предел Google Таблиц). Удалите лишние строки или листы и повторите — ничего не записано.',
  'limits.tooManyColumns':
    'Лист «{sheet}» нельзя расширить до {columns} столбцов: в Google Таблицах не больше 18 278. Сократите период или удалите лишние столбцы — ничего не записано.',
} as const;

export const en = {
  'limits.tooManyCells':
    'Sheet “{sheet}” cannot grow: the spreadsheet would have more than 10,000,000 cells (the Google Sheets limit). Delete unused rows or sheets and try again — nothing was written.',
  'limits.tooManyColumns':
    'Sheet “{sheet}” cannot grow to {columns} columns: Google Sheets allows 18,278 at most. Shorten the period or delete unused columns — nothing was written.',
} as const satisfies Record<keyof typeof ru, string>;
