/** Register detection: names of registers and fields as the settings sidebar shows them. */
export const ru = {
  'registers.kind.team': 'Команда',
  'registers.kind.load': 'Загрузка',
  'registers.kind.documents': 'Документы',
  'registers.kind.actuals': 'Факт часов',
} as const;

export const en: Record<keyof typeof ru, string> = {
  'registers.kind.team': 'Team',
  'registers.kind.load': 'Load',
  'registers.kind.documents': 'Documents',
  'registers.kind.actuals': 'Actual hours',
};
