/**
 * The header texts people write for each register field, Russian and
 * English, and which field a header names. Compared after `normalizeHeader`,
 * so case, spaces, punctuation and `ё` never matter.
 */
import { normalizeHeader } from '../cells/text';
import { t, type MessageKey } from '../i18n';
import type { Lang } from '../types';
import type { FieldOf, RegisterKind } from './types';

type Synonyms = { [K in RegisterKind]: Record<FieldOf<K>, readonly string[]> };

const PERSON = [
  'Сотрудник',
  'ФИО',
  'Имя',
  'Исполнитель',
  'Специалист',
  'Член команды',
  'Name',
  'Person',
  'Employee',
  'Team member',
  'Assignee',
];

/** Header texts people write for each field. */
export const HEADER_SYNONYMS: Synonyms = {
  team: {
    person: PERSON,
    email: ['Email', 'E-mail', 'Почта', 'Эл. почта', 'Электронная почта', 'Mail'],
    role: ['Роль', 'Должность', 'Специализация', 'Role', 'Position', 'Job title'],
    phone: ['Телефон', 'Тел.', 'Тел', 'Мобильный', 'Phone', 'Mobile', 'Tel.'],
    weeklyHours: [
      'Часов в неделю',
      'Часы в неделю',
      'Норма',
      'Норма часов',
      'Норма, ч',
      'Ч/нед',
      'Hours/week',
      'Hours per week',
      'Weekly hours',
    ],
    rate: ['Ставка', 'Доля ставки', 'FTE', 'Rate'],
  },
  load: {
    person: PERSON,
    task: [
      'Клиент / задача',
      'Клиент/проект',
      'Задача',
      'Клиент',
      'Проект',
      'Client / task',
      'Client',
      'Task',
      'Project',
    ],
    status: ['Статус', 'Status'],
    estimate: ['Смета, ч', 'Смета', 'Оценка, ч', 'Бюджет часов', 'Estimate, h', 'Estimate', 'Budget, h'],
  },
  documents: {
    type: [
      'Тип',
      'Тип документа',
      'Вид документа',
      'Документ',
      'Type',
      'Document',
      'Document type',
      'Doc type',
    ],
    number: ['Номер', '№', '№ документа', 'Номер документа', 'Number', 'No', '#', 'Doc number'],
    counterparty: [
      'Клиент',
      'Контрагент',
      'Заказчик',
      'Компания',
      'Client',
      'Counterparty',
      'Customer',
      'Company',
    ],
    direction: ['Направление', 'Вход/исход', 'Direction'],
    contract: [
      'Договор №',
      'Номер договора',
      'Договор',
      'По договору',
      'Contract',
      'Contract number',
      'Contract No',
    ],
    date: [
      'Дата',
      'Дата документа',
      'Дата счёта',
      'Дата выставления',
      'Date',
      'Document date',
      'Invoice date',
      'Issue date',
    ],
    amount: ['Сумма', 'Сумма с НДС', 'Сумма, руб', 'Итого', 'Amount', 'Total', 'Sum'],
    currency: ['Валюта', 'Currency'],
    dueDate: ['Срок оплаты', 'Оплатить до', 'Срок', 'Due', 'Due date', 'Payment due', 'Pay by'],
    deferralDays: [
      'Отсрочка, дн.',
      'Отсрочка',
      'Отсрочка оплаты',
      'Payment terms',
      'Payment terms, days',
      'Net days',
      'Deferral',
    ],
    paidDate: ['Дата оплаты', 'Дата платежа', 'Оплачено (дата)', 'Paid date', 'Payment date', 'Paid on'],
    paidAmount: ['Оплачено', 'Сумма оплаты', 'Оплата', 'Получено', 'Paid', 'Paid amount', 'Amount paid'],
    status: ['Статус', 'Статус документа', 'Status'],
    originals: ['Оригинал', 'Оригиналы', 'Оригинал получен', 'Original', 'Originals'],
    validUntil: ['Действует до', 'Срок действия', 'Дата окончания', 'Valid until', 'Expires', 'Expiry date'],
    manager: [
      'Ответственный',
      'Аккаунт',
      'Аккаунт-менеджер',
      'Менеджер',
      'Manager',
      'Account manager',
      'AM',
      'Owner',
    ],
    clientEmail: [
      'Email клиента',
      'Почта клиента',
      'Контакт',
      'Контактный email',
      'Email',
      'E-mail',
      'Client email',
      'Contact',
    ],
    pause: ['Не напоминать', 'Пауза', 'Pause', "Don't remind", 'No reminders'],
    link: ['Ссылка', 'Ссылка на счёт', 'Ссылка на документ', 'Link', 'URL', 'Invoice link', 'Document link'],
  },
  actuals: {
    date: ['Дата', 'День', 'Date', 'Day', 'Spent date'],
    person: [...PERSON, 'Пользователь', 'User'],
    client: ['Клиент', 'Проект', 'Client', 'Project'],
    hours: [
      'Часы',
      'Часов',
      'Часы, ч',
      'Затрачено',
      'Время',
      'Длительность',
      'Hours',
      'Time',
      'Spent',
      'Duration',
    ],
  },
  calendar: {
    date: ['Дата', 'День', 'Date', 'Day'],
    dayKind: ['Тип дня', 'Вид дня', 'Тип', 'Вид', 'Day type', 'Kind', 'Type'],
    note: ['Примечание', 'Комментарий', 'Описание', 'Праздник', 'Note', 'Comment', 'Description', 'Holiday'],
  },
  clients: {
    client: ['Клиент', 'Контрагент', 'Компания', 'Client', 'Company', 'Customer'],
    email: [
      'Email',
      'E-mail',
      'Почта',
      'Контакт',
      'Контакты',
      'Email клиента',
      'Contact',
      'Contacts',
      'Emails',
    ],
    escalationEmail: [
      'Эскалация',
      'Контакт для эскалации',
      'Email для эскалации',
      'Руководитель клиента',
      'Escalation',
      'Escalation contact',
      'Escalation email',
    ],
    language: ['Язык', 'Язык писем', 'Language', 'Lang'],
    terms: ['Отсрочка', 'Отсрочка, дн.', 'Условия оплаты', 'Срок оплаты', 'Payment terms', 'Terms'],
    manager: ['Аккаунт', 'Аккаунт-менеджер', 'Ответственный', 'Менеджер', 'AM', 'Account manager', 'Manager'],
    pause: ['Не напоминать', 'Не напоминать до', 'Пауза', 'Pause', 'Pause until', "Don't remind"],
    note: ['Примечание', 'Комментарий', 'Note', 'Comment', 'Notes'],
  },
};

/** Normalised synonym → field, per register kind. */
const NORMALISED: { [K in RegisterKind]: Map<string, FieldOf<K>> } = {
  team: new Map(),
  load: new Map(),
  documents: new Map(),
  actuals: new Map(),
  calendar: new Map(),
  clients: new Map(),
};
for (const kind of Object.keys(HEADER_SYNONYMS) as RegisterKind[]) {
  const map = NORMALISED[kind] as Map<string, string>;
  for (const [field, words] of Object.entries(HEADER_SYNONYMS[kind]) as [string, readonly string[]][]) {
    for (const word of words) if (!map.has(normalizeHeader(word))) map.set(normalizeHeader(word), field);
  }
}

export interface FieldMatch<K extends RegisterKind> {
  field: FieldOf<K>;
  /** Exact synonym, or a synonym the header starts with (`Сумма с НДС, ₽`). */
  exact: boolean;
  /** Length of the synonym matched: the longest one wins. */
  strength: number;
}

/** Prefix matches need a synonym of at least this many characters, so `№` alone cannot swallow a column. */
const MIN_PREFIX = 4;

/** Which field of `kind` a header names, or null. */
export function matchHeader<K extends RegisterKind>(kind: K, header: string): FieldMatch<K> | null {
  const normal = normalizeHeader(header);
  if (normal === '') return null;
  const map = NORMALISED[kind] as Map<string, FieldOf<K>>;
  const exact = map.get(normal);
  if (exact !== undefined) return { field: exact, exact: true, strength: normal.length };
  let best: FieldMatch<K> | null = null;
  for (const [synonym, field] of map) {
    if (
      synonym.length >= MIN_PREFIX &&
      normal.startsWith(synonym) &&
      (!best || synonym.length > best.strength)
    ) {
      best = { field, exact: false, strength: synonym.length };
    }
  }
  return best;
}

/** The field's name in the user's language, for the settings sidebar. */
export function fieldLabel<K extends RegisterKind>(kind: K, field: FieldOf<K>, lang: Lang): string {
  // Keys are built from REGISTER_FIELDS; a test checks every one has a label in both languages.
  return t(lang, `registers.field.${kind}.${String(field)}` as MessageKey);
}

export function registerLabel(kind: RegisterKind, lang: Lang): string {
  return t(lang, `registers.kind.${kind}` as MessageKey);
}
