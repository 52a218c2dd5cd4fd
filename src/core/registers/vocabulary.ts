/**
 * Every word the add-on recognises in the agency's tables, in one place:
 * header synonyms per register field, document types and statuses, load row
 * kinds. Russian and English; compared after `normalizeHeader` / `foldCase`,
 * so case, spaces, punctuation and `ё` never matter.
 */
import { foldCase, normalizeHeader, squeezeSpaces } from '../cells/text';
import { t, type MessageKey } from '../i18n';
import type { Lang } from '../types';
import type {
  Direction,
  DocumentStatus,
  DocumentType,
  FieldOf,
  LoadRowKind,
  OriginalsState,
  RegisterKind,
} from './types';

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
};

/** Normalised synonym → field, per register kind. */
const NORMALISED: { [K in RegisterKind]: Map<string, FieldOf<K>> } = {
  team: new Map(),
  load: new Map(),
  documents: new Map(),
  actuals: new Map(),
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

/** Folded, squeezed text of a value cell. */
function fold(text: string): string {
  return foldCase(squeezeSpaces(text));
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => text.startsWith(prefix));
}

const ROW_KINDS: readonly (readonly [LoadRowKind, readonly string[]])[] = [
  ['internal', ['внутрен', 'internal', 'обучени', 'learning', 'training']],
  ['holiday', ['праздник', 'holiday', 'public holiday']],
  ['vacation', ['отпуск', 'vacation', 'leave', 'pto', 'day off', 'отгул']],
  ['sick', ['больнич', 'болезнь', 'sick']],
];

/** Row kind from a load row's task cell (SPEC §2.2); learning counts as internal work. */
export function classifyTask(text: string): LoadRowKind {
  const folded = fold(text);
  for (const [kind, prefixes] of ROW_KINDS) if (startsWithAny(folded, prefixes)) return kind;
  return 'client';
}

/** A status cell that marks a load row as tentative (`предв.`, `tentative`, `бронь`). */
export function isTentativeStatus(text: string): boolean {
  return startsWithAny(fold(text), [
    'предв',
    'tentative',
    'бронь',
    'резерв',
    'под вопросом',
    'pencil',
    'hold',
  ]);
}

const DOCUMENT_TYPES: readonly (readonly [DocumentType, readonly string[]])[] = [
  [
    'supplement',
    [
      'доп. соглаш',
      'доп.соглаш',
      'доп соглаш',
      'допсоглаш',
      'дополнительное соглаш',
      'дс',
      'supplement',
      'addendum',
      'amendment',
    ],
  ],
  ['appendix', ['приложени', 'спецификаци', 'appendix', 'annex', 'sow', 'statement of work']],
  ['contract', ['договор', 'контракт', 'contract', 'agreement']],
  ['invoice', ['счет', 'invoice', 'bill']],
  ['act', ['акт', 'упд', 'act', 'certificate of completion']],
];

/** Words that look like a type but are not one we handle (a reconciliation act, a VAT invoice). */
const NOT_DOCUMENT_TYPES = ['акт сверки', 'счет-фактура', 'счет фактура', 'сф'];

function startsWithWord(text: string, word: string): boolean {
  return (
    text === word ||
    (text.startsWith(word) && (word.endsWith(' ') || !/[\p{L}]/u.test(text[word.length]) || word.length >= 5))
  );
}

/** договор, приложение, доп. соглашение / ДС, счёт, акт (English too); null when unknown. */
export function parseDocumentType(text: string): DocumentType | null {
  const folded = fold(text);
  if (folded === '' || NOT_DOCUMENT_TYPES.some((word) => startsWithWord(folded, word))) return null;
  for (const [type, words] of DOCUMENT_TYPES)
    if (words.some((word) => startsWithWord(folded, word))) return type;
  return null;
}

const STATUSES: readonly (readonly [DocumentStatus, readonly string[]])[] = [
  // Negations first: `не оплачен` must not read as paid.
  ['draft', ['не отправлен', 'not sent', 'черновик', 'draft', 'готовится', 'в работе']],
  // A partly paid document is still outstanding; the paid amount column says how much.
  [
    'sent',
    [
      'не оплачен',
      'не подписан',
      'unpaid',
      'not paid',
      'unsigned',
      'частично',
      'partially',
      'partly',
      'отправлен',
      'выставлен',
      'sent',
      'issued',
      'на подписании',
    ],
  ],
  ['signed', ['подписан', 'signed']],
  ['paid', ['оплачен', 'paid']],
  ['cancelled', ['отменен', 'отмена', 'аннулирован', 'cancelled', 'canceled', 'void']],
];

/** черновик, отправлен, подписан, оплачен, отменён (English too); null when unknown. */
export function parseDocumentStatus(text: string): DocumentStatus | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const [status, words] of STATUSES) if (startsWithAny(folded, words)) return status;
  return null;
}

const ORIGINALS: readonly (readonly [OriginalsState, readonly string[]])[] = [
  ['none', ['не получен', 'нет', 'no', 'none', 'missing', 'not received', '-', '—']],
  ['scan', ['скан', 'копия', 'scan', 'copy', 'pdf', 'эдо', 'edo']],
  ['received', ['получен', 'есть', 'оригинал', 'да', 'received', 'yes', 'original', '✓', '✔']],
];

/** получен / есть / оригинал, скан, нет; null when unknown. */
export function parseOriginals(text: string): OriginalsState | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const [state, words] of ORIGINALS) if (startsWithAny(folded, words)) return state;
  return null;
}

const DIRECTIONS: readonly (readonly [Direction, readonly string[]])[] = [
  [
    'outgoing',
    ['исходящ', 'подрядчик', 'к подрядчику', 'расход', 'outgoing', 'out', 'contractor', 'expense', 'payable'],
  ],
  [
    'incoming',
    ['входящ', 'от клиента', 'клиент', 'доход', 'приход', 'incoming', 'in', 'income', 'client', 'receivable'],
  ],
];

/** входящий / от клиента vs исходящий / подрядчик; null when unknown. */
export function parseDirection(text: string): Direction | null {
  const folded = fold(text);
  if (folded === '') return null;
  for (const [direction, words] of DIRECTIONS) {
    if (words.some((word) => folded === word || (word.length > 3 && folded.startsWith(word))))
      return direction;
  }
  return null;
}

/** A team role that marks an account manager (`аккаунт-менеджер`, `Account manager`, `AM`). */
export function isAccountManagerRole(text: string): boolean {
  const folded = fold(text);
  return (
    folded.includes('аккаунт') || folded.includes('account') || /(^|[^\p{L}])am([^\p{L}]|$)/u.test(folded)
  );
}
