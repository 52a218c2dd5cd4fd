/** The owned sheets as a head reads them: totals rows of `Дебиторка`, flags of `Сводка загрузки`. */
export const ru = {
  'sheets.receivables.total': 'Итого',
  'sheets.receivables.contractor': 'Подрядчик',
} as const;

export const en = {
  'sheets.receivables.total': 'Total',
  'sheets.receivables.contractor': 'Contractor',
} as const satisfies Record<keyof typeof ru, string>;
