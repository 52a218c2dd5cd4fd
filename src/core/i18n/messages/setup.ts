/** Text of the setup step (Create missing sheets). */
import * as registers from './registers';

export const ru = {
  'setup.team.person': registers.ru['registers.field.team.person'],
  'setup.team.email': registers.ru['registers.field.team.email'],
  'setup.team.role': registers.ru['registers.field.team.role'],
  'setup.team.hours': 'Часов в неделю',
  'setup.team.rate': 'Ставка',
  'setup.team.prefilled': '{sheet}: {people} из таблицы загрузки — впишите почту, роль и часы',
} as const;

export const en = {
  'setup.team.person': registers.en['registers.field.team.person'],
  'setup.team.email': registers.en['registers.field.team.email'],
  'setup.team.role': registers.en['registers.field.team.role'],
  'setup.team.hours': 'Hours/week',
  'setup.team.rate': 'Rate',
  'setup.team.prefilled': '{sheet}: {people} from the load table — fill in email, role and hours',
} as const satisfies Record<keyof typeof ru, string>;
