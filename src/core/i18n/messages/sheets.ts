/** The owned sheets as a head reads them: totals rows of `Дебиторка`, flags of `Сводка загрузки`. */
export const ru = {
  'sheets.receivables.total': 'Итого',
  'sheets.receivables.contractor': 'Подрядчик',
  'sheets.load.flag.bookedInAbsence': 'бронь в отпуске',
  'sheets.load.flagLine': '{flag} {value} — {weeks}',
  'sheets.load.pct': '{pct} %',
  'sheets.load.plusPct': '+{pct} %',
  'sheets.load.week': 'неделя {weeks}',
  'sheets.load.weeks': 'недели {weeks}',
  'sheets.load.amOverLimit': 'клиентов {count} при норме {max} — {weeks}',
} as const;

export const en = {
  'sheets.receivables.total': 'Total',
  'sheets.receivables.contractor': 'Contractor',
  'sheets.load.flag.bookedInAbsence': 'booked during leave',
  'sheets.load.flagLine': '{flag} {value} — {weeks}',
  'sheets.load.pct': '{pct} %',
  'sheets.load.plusPct': '+{pct} %',
  'sheets.load.week': 'week of {weeks}',
  'sheets.load.weeks': 'weeks of {weeks}',
  'sheets.load.amOverLimit': '{count} clients, limit {max} — {weeks}',
} as const satisfies Record<keyof typeof ru, string>;
