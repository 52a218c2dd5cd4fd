/** Text of the setup step (Create missing sheets). */
export const ru = {
  'setup.team.person': 'Сотрудник',
  'setup.team.email': 'Email',
  'setup.team.role': 'Роль',
  'setup.team.hours': 'Часов в неделю',
  'setup.team.rate': 'Ставка',
  'setup.team.prefilled': '{sheet}: {people} из таблицы загрузки — впишите почту, роль и часы',
} as const;

export const en = {
  'setup.team.person': 'Person',
  'setup.team.email': 'Email',
  'setup.team.role': 'Role',
  'setup.team.hours': 'Hours/week',
  'setup.team.rate': 'Rate',
  'setup.team.prefilled': '{sheet}: {people} from the load table — fill in email, role and hours',
} as const satisfies Record<keyof typeof ru, string>;
