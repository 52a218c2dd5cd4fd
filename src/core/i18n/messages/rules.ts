/** The agency's own rules: the production calendar and the `Календарь` sheet. */
export const ru = {
  'registers.kind.calendar': 'Календарь',
  'registers.field.calendar.date': 'Дата',
  'registers.field.calendar.dayKind': 'Тип дня',
  'registers.field.calendar.note': 'Примечание',
  'calendar.problem.dayKind': '«{raw}» — не тип дня: напишите «выходной», «рабочий» или «сокращённый»',
  'calendar.problem.noDate': 'у строки календаря нет даты',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'registers.kind.calendar': 'Calendar',
  'registers.field.calendar.date': 'Date',
  'registers.field.calendar.dayKind': 'Day type',
  'registers.field.calendar.note': 'Note',
  'calendar.problem.dayKind': '"{raw}" is not a day type: write "day off", "working" or "shortened"',
  'calendar.problem.noDate': 'a calendar row without a date',
};
